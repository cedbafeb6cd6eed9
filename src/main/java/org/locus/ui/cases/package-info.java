/**
 * The trainer's case library: the list of worked cases at {@code /cases}, a case page with its story, answers,
 * teaching notes and results where any answer can be changed and the ranking re-ranks at once (showing what moved),
 * and two cases side by side.
 */
package org.locus.ui.cases;
