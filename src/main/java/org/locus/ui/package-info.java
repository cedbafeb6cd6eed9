/**
 * The web UI (Vaadin Flow): the application shell and header, the start page, and the views by feature in
 * sub-packages: {@code assessment} (the answers a browser keeps), {@code wizard} (the adviser's questionnaire),
 * {@code results} (the explained diagnosis) and {@code cases} (the trainer's case library). Views compose small
 * components and call the domain ({@code Diagnostician}, {@code AnswersReader}, {@code CaseLibrary}); they hold no
 * diagnostic logic of their own.
 */
package org.locus.ui;
