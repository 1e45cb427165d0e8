/**
 * What API and workspace share about refusing a request: {@link de.schulplatz.requests.RequestRefusedException}.
 */
package de.schulplatz.requests;
