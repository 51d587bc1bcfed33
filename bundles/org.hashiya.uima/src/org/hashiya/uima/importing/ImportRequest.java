package org.hashiya.uima.importing;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What to import, from where, into which project folder (an annotation project, or a folder to
 * become one), and how.
 *
 * @param annotator whose work the imported spans become; empty: the annotator the source names (the
 *                  {@code annotator} of Hashiya's XMI span type), else {@value #DEFAULT_ANNOTATOR}
 * @param encoding  of text and HTML files without a byte order mark; empty: UTF-8, or Windows-1256
 *                  when the bytes are not UTF-8 and look like Arabic in it
 * @param type      the UIMA annotation type whose annotations become spans (XMI only); empty:
 *                  Hashiya's span type, else DKPro Core's {@code NamedEntity}
 * @param feature   the string feature of {@code type} that gives the label; empty: {@code value} or
 *                  {@code label}, whichever the type has
 * @param strict    whether an XMI element of a type its type system does not declare stops the
 *                  import; when false it is skipped with a warning
 */
public record ImportRequest(ImportFormat format, Path input, Path project, Optional<String> annotator, Optional<Charset> encoding,
		Optional<String> type, Optional<String> feature, boolean strict) {

	/** The annotator of imported spans when neither the request nor the source names one. */
	public static final String DEFAULT_ANNOTATOR = "imported";

	public ImportRequest {
		Objects.requireNonNull(format, "format");
		Objects.requireNonNull(input, "input");
		Objects.requireNonNull(project, "project");
		if (feature.isPresent() && type.isEmpty()) {
			throw new IllegalArgumentException("A label feature (" + feature.get() + ") needs the type it belongs to");
		}
	}

	/** @return a lenient request with every option at its default */
	public static ImportRequest of(ImportFormat format, Path input, Path project) {
		return new ImportRequest(format, input, project, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false);
	}

	public ImportRequest withAnnotator(String name) {
		return new ImportRequest(format, input, project, Optional.of(name), encoding, type, feature, strict);
	}

	public ImportRequest withEncoding(Charset charset) {
		return new ImportRequest(format, input, project, annotator, Optional.of(charset), type, feature, strict);
	}

	/** @param labelFeature the feature giving the label, or null for the type's {@code value} or {@code label} */
	public ImportRequest withLabelType(String typeName, String labelFeature) {
		return new ImportRequest(format, input, project, annotator, encoding, Optional.of(typeName), Optional.ofNullable(labelFeature), strict);
	}

	public ImportRequest strict(boolean refuseUnknownTypes) {
		return new ImportRequest(format, input, project, annotator, encoding, type, feature, refuseUnknownTypes);
	}
}
