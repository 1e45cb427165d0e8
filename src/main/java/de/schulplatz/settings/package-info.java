/** Checks of the settings at start-up that no single settings record can make (unknown keys). */
package de.schulplatz.settings;
