package org.hashiya.uima.export;

/** The formats an export writes. */
public enum ExportFormat {

	XMI("xmi", "UIMA CAS XMI with TypeSystem.xml, for INCEpTION and DKPro Core"),
	CONLL2002("conll2002", "CoNLL-2002: token and IOB2 tag"),
	CONLL2003("conll2003", "CoNLL-2003: token, part of speech, chunk and IOB2 tag"),
	JSONL("jsonl", "JSON Lines with code point offsets, for spaCy and Prodigy"),
	TSV("tsv", "the gold format: .txt and .spans.tsv");

	private final String id;
	private final String description;

	ExportFormat(String id, String description) {
		this.id = id;
		this.description = description;
	}

	/** @return the name on the command line, e.g. {@code conll2002} */
	public String id() {
		return id;
	}

	public String description() {
		return description;
	}

	/** @param xml11 whether XMI is asked for as XML 1.1 */
	FormatWriter writer(String corpus, boolean xml11) {
		return switch (this) {
		case XMI -> new XmiFormat(corpus, xml11);
		case CONLL2002 -> new ConllFormat(false);
		case CONLL2003 -> new ConllFormat(true);
		case JSONL -> new JsonlFormat(corpus);
		case TSV -> new TsvFormat();
		};
	}
}
