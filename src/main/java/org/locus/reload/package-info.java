/**
 * The knowledge the web app answers with, and how it changes while the application runs: {@link
 * org.locus.reload.LiveKnowledge} holds the loaded knowledge and swaps in a reloaded one atomically, {@link
 * org.locus.reload.FolderWatcher} reloads it when {@code locus.rules-dir} or {@code locus.cases-dir} changes. Free of
 * Spring, like the domain.
 */
package org.locus.reload;
