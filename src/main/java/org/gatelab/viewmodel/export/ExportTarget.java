package org.gatelab.viewmodel.export;

import org.gatelab.export.ExportSubject;
import org.gatelab.export.ViewOptions;

/** Which view a panel's export menu exports, with the view's own state as it is on screen. */
public record ExportTarget(ExportSubject view, ViewOptions options) {
    public static ExportTarget of(ExportSubject view) {
        return new ExportTarget(view, ViewOptions.DEFAULT);
    }
}
