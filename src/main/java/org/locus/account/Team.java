package org.locus.account;

/** An agency: the people who share its assessments. {@code id} is the short name in URLs and the database. */
public record Team(String id, String name) {
}
