/** What may go into a log: failures without their messages (case numbers only, never names or files). */
package de.schulplatz.logging;
