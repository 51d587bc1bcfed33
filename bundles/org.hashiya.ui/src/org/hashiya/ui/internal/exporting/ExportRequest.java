package org.hashiya.ui.internal.exporting;

import java.nio.file.Path;

import org.hashiya.uima.export.ExportFormat;
import org.hashiya.uima.export.ExportSelection;

/**
 * What the wizard was asked to export.
 *
 * @param project the annotation project's folder
 * @param output  the folder the files (or the zip archive) go to
 */
record ExportRequest(Path project, ExportSelection selection, ExportFormat format, Path output, boolean zip, boolean xml11) {
}
