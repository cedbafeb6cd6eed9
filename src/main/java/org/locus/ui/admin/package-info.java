/** Pages for those who keep Locus running: the knowledge base that answers, and why a reload did not load. */
package org.locus.ui.admin;
