package org.hashiya.uima.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.hashiya.core.io.InvalidTextFileException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * XML parsers for files from elsewhere: no DTD (so no entity can be declared, and none expanded
 * without bound), no external entity, stylesheet or schema fetched, no XInclude. The XMI and type
 * system files of UIMA, DKPro and INCEpTION never need any of these.
 */
final class SafeXml {

	/** The parser features that keep out DTDs and external entities, for the SAX and the DOM parser alike. */
	private static final Map<String, Boolean> FEATURES = Map.of(
			XMLConstants.FEATURE_SECURE_PROCESSING, true,
			"http://apache.org/xml/features/disallow-doctype-decl", true,
			"http://xml.org/sax/features/external-general-entities", false,
			"http://xml.org/sax/features/external-parameter-entities", false,
			"http://apache.org/xml/features/nonvalidating/load-external-dtd", false);

	private SafeXml() {
	}

	/** @return a namespace-aware SAX reader with DTDs and external entities disabled */
	static XMLReader reader() throws IOException {
		try {
			SAXParserFactory factory = SAXParserFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setValidating(false);
			factory.setXIncludeAware(false);
			for (Map.Entry<String, Boolean> feature : FEATURES.entrySet()) {
				factory.setFeature(feature.getKey(), feature.getValue());
			}
			XMLReader reader = factory.newSAXParser().getXMLReader();
			reader.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			reader.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			return reader;
		} catch (ParserConfigurationException | SAXException e) {
			throw new IOException("The Java runtime's XML parser cannot be made safe for files from elsewhere: " + e.getMessage(), e);
		}
	}

	/**
	 * @return the DOM of {@code bytes}, parsed with DTDs and external entities disabled
	 * @throws InvalidTextFileException naming the place, line and problem
	 */
	static Document parse(Place place, byte[] bytes) throws IOException {
		DocumentBuilder builder;
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setValidating(false);
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			for (Map.Entry<String, Boolean> feature : FEATURES.entrySet()) {
				factory.setFeature(feature.getKey(), feature.getValue());
			}
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			builder = factory.newDocumentBuilder();
		} catch (ParserConfigurationException e) {
			throw new IOException("The Java runtime's XML parser cannot be made safe for files from elsewhere: " + e.getMessage(), e);
		}
		// Errors throw; the parser's own default handler would also print them to standard error.
		builder.setErrorHandler(new DefaultHandler());
		try {
			return builder.parse(new InputSource(new ByteArrayInputStream(bytes)));
		} catch (SAXParseException e) {
			throw problem(place, e);
		} catch (SAXException e) {
			throw place.problem("not well-formed XML: " + e.getMessage());
		}
	}

	/** @return an error naming the place, line and column of a parse error, and what it means */
	static InvalidTextFileException problem(Place place, SAXParseException e) {
		Place at = place.at("line " + e.getLineNumber() + " column " + e.getColumnNumber());
		String message = String.valueOf(e.getMessage());
		if (message.contains("DOCTYPE")) {
			return at.problem("the file declares a DOCTYPE, which could define external entities; for safety Hashiya reads no DTDs and no external"
					+ " entities, and UIMA XMI never needs them");
		}
		if (message.contains("must start and end within the same entity") || message.contains("Premature end of file")) {
			return at.problem("the XML ends too early: the file is truncated (" + message + ")");
		}
		return at.problem("not well-formed XML: " + message);
	}
}
