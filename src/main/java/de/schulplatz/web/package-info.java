/**
 * The browser workspace for advisers, administrators and school authorities: server-rendered German pages
 * (Thymeleaf) over the same services as the REST API, with form login and CSRF tokens (rules in
 * {@code security}). JavaScript only improves pages that work without it (live progress, map filter).
 */
package de.schulplatz.web;
