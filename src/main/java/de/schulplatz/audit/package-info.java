/**
 * Who saw or changed what ({@code audit_event}): written by every module that serves users, read by the
 * API's audit page. Its own module, so that security, operations and the planning services can record
 * without depending on each other.
 */
package de.schulplatz.audit;
