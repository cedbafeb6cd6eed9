/**
 * The inference engine behind one small interface, {@link org.locus.engine.InferenceEngine}: answers in, derived
 * facts with their justifications out. {@link org.locus.engine.DroolsInferenceEngine} runs the rules; the KieBase it
 * runs comes from {@link org.locus.engine.PrebuiltRules} (the packaged rules, compiled when the jar was built) or
 * from {@code RuleCompiler} (anything else). These are the only code in Locus that touches Drools; the rest of the
 * code never imports {@code org.kie} or {@code org.drools}.
 */
package org.locus.engine;
