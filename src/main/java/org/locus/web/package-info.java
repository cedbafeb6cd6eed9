/**
 * The web server's defences, for the UI and the API alike: what no client may take (worker threads while it sends a
 * body slowly, memory in sessions, CPU beyond its share of the costly requests), what every response carries
 * (security headers) and what every error is (a problem document, also for what Tomcat and Spring MVC answer before
 * any controller runs). {@code docs/api.md} lists the limits; {@code docs/operations.md} says what still needs a
 * reverse proxy.
 */
package org.locus.web;
