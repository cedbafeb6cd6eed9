/**
 * Logging in and out of the UI, and which views need an account: {@link org.locus.ui.account.LoginView} and {@link
 * org.locus.ui.account.ViewAccess}.
 */
package org.locus.ui.account;
