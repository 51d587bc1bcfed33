package org.hashiya.uima.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import javax.xml.transform.OutputKeys;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.SerialFormat;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.util.CasIOUtils;
import org.apache.uima.util.XMLSerializer;
import org.xml.sax.SAXException;

/**
 * UIMA CAS XMI: one {@code <article>.xmi} per article, as {@link ExportCas} builds it, and the type
 * system as {@value #TYPE_SYSTEM_FILE}. XML 1.0 unless XML 1.1 is asked for or a text holds
 * characters only XML 1.1 carries; all files of an export share one version.
 */
final class XmiFormat implements FormatWriter {

	static final String TYPE_SYSTEM_FILE = "TypeSystem.xml";
	private static final Pattern XML_1_1_REFERENCES = Pattern.compile("[\\x01-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u2028]");

	private final String corpus;
	private final boolean xml11Asked;
	private boolean xml11Needed;

	XmiFormat(String corpus, boolean xml11Asked) {
		this.corpus = corpus;
		this.xml11Asked = xml11Asked;
	}

	@Override
	public void check(ExportedArticle article, LossReport report) {
		String text = article.text();
		for (int index = 0; index < text.length(); index++) {
			if (XmlCharacters.inNoXml(text, index)) {
				report.addCharacter(LossReport.Kind.NON_XML_CHARACTER, article.id(), index, text.charAt(index));
			} else if (XmlCharacters.onlyInXml11(text, index)) {
				xml11Needed = true;
				if (!xml11Asked) {
					report.addCharacter(LossReport.Kind.XML_1_1_CHARACTER, article.id(), index, text.charAt(index));
				}
			}
		}
	}

	/** @return whether the files are XML 1.1: asked for, or needed by a character {@link #check} found */
	boolean xml11() {
		return xml11Asked || xml11Needed;
	}

	/**
	 * Writes the type system, then each article's CAS, which {@link CasesAhead} builds on another
	 * thread while the previous ones are written: the export runs at nearly the serializer's speed.
	 */
	@Override
	public void write(List<ExportedArticle> articles, ExportOutput out, ExportProgress progress) throws IOException {
		boolean xml11 = xml11();
		// Resources close in reverse order: the building stops before the builder it uses closes.
		try (ExportCas builder = new ExportCas(); CasesAhead cases = new CasesAhead(builder, articles, corpus)) {
			out.write(TYPE_SYSTEM_FILE, stream -> {
				try {
					builder.typeSystem().toXML(stream);
				} catch (SAXException e) {
					throw new IOException("Cannot write " + TYPE_SYSTEM_FILE + ": " + e.getMessage(), e);
				}
			});
			for (int index = 0; index < articles.size(); index++) {
				ExportedArticle article = articles.get(index);
				progress.next(article.id(), index, articles.size());
				CAS cas = cases.next();
				out.write(article.id() + ".xmi", stream -> {
					if (xml11) {
						writeXml11(cas, stream);
					} else {
						CasIOUtils.save(cas, stream, SerialFormat.XMI);
					}
				});
			}
		}
	}

	/**
	 * Writes XML 1.1 as uimaj-core does, then turns into character references what the JDK's
	 * serializer leaves as they are although an XML 1.1 parser would not give them back: the
	 * restricted control characters, and NEL and LINE SEPARATOR, which it would read as line feeds.
	 */
	private static void writeXml11(CAS cas, OutputStream out) throws IOException {
		StringWriter xml = new StringWriter();
		XMLSerializer serializer = new XMLSerializer(xml, false);
		serializer.setOutputProperty(OutputKeys.VERSION, "1.1");
		try {
			new XmiCasSerializer(cas.getTypeSystem()).serialize(cas, serializer.getContentHandler());
		} catch (SAXException e) {
			throw new IOException("Cannot write XMI: " + e.getMessage(), e);
		}
		String escaped = XML_1_1_REFERENCES.matcher(xml.toString()).replaceAll(match -> "&#x" + Integer.toHexString(match.group().charAt(0)) + ";");
		out.write(escaped.getBytes(StandardCharsets.UTF_8));
	}
}
