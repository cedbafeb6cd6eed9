/**
 * Explanations built generically from the engine's justifications: for each derived fact, the rules that produced
 * it, what each rule says and which chapter section it rests on, the answers it matched and the derived facts it
 * used, recursively down to the answers. No rule has explanation code of its own.
 */
package org.locus.explanation;
