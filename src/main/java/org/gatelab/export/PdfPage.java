package org.gatelab.export;

/** One page of a PDF: a view of a run, as a request describes it (its format and scale are ignored). */
public record PdfPage(ExportSource source, ExportRequest request) {
}
