package de.schulplatz.overrides;

/**
 * The row of a Korrekturen sheet was applied before (the same workbook given again): nothing is stored, and
 * the row is not an error but a remark.
 */
public class OverrideAlreadyAppliedException extends OverrideRejectedException {

    OverrideAlreadyAppliedException() {
        super(OverrideService.ALREADY_APPLIED);
    }
}
