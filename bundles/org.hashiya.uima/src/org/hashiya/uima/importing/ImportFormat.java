package org.hashiya.uima.importing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What {@link CorpusImport} reads, with the name the command line and the wizard use for it. */
public enum ImportFormat {

	/** A folder of {@code .txt} files (UTF-8 with or without BOM, UTF-16 with BOM, Windows-1256). */
	TEXT("text"),
	/** A folder of {@code .html}/{@code .htm} files: their visible text, without markup, scripts or styles. */
	HTML("html"),
	/** A folder or {@code .zip} of UIMA CAS XMI files with their {@code TypeSystem.xml}. */
	XMI("xmi"),
	/** CoNLL-2002/2003 columns, token first and IOB1 or IOB2 tag last; a file or a folder of them. */
	CONLL("conll"),
	/** One JSON object per line: {@code id}, {@code text}, {@code spans} with code-point offsets, as spaCy and Prodigy write. */
	JSONL("jsonl"),
	/** The gold format of the sample corpus: {@code X.spans.tsv} with its text {@code X.txt}. */
	TSV("tsv");

	private final String id;

	ImportFormat(String id) {
		this.id = id;
	}

	/** @return the name on the command line, e.g. {@code xmi} */
	public String id() {
		return id;
	}

	public static Optional<ImportFormat> byId(String id) {
		return Arrays.stream(values()).filter(format -> format.id.equals(id.toLowerCase(Locale.ROOT))).findFirst();
	}
}
