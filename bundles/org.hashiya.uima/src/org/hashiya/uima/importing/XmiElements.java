package org.hashiya.uima.importing;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.cas.TypeSystem;
import org.hashiya.core.io.InvalidTextFileException;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Watches the elements of an XMI file on their way to UIMA's deserializer: remembers the line of
 * every feature structure (by {@code xmi:id}) so that problems found later can name it, and finds
 * elements whose type the type system lacks, to refuse them (strict) or count them for a warning.
 */
final class XmiElements extends XMLFilterImpl {

	private static final String XMI_NAMESPACE = "http://www.omg.org/XMI";
	private static final String CAS_NAMESPACE = "http:///uima/cas.ecore";
	private static final String ECORE_PREFIX = "http:///";
	private static final String ECORE_SUFFIX = ".ecore";
	private static final String NO_NAMESPACE = "noNamespace";
	/** Feature structures are the children of the root element {@code xmi:XMI}. */
	private static final int FEATURE_STRUCTURE_DEPTH = 2;

	/** Elements of undeclared types seen in lenient mode, by type name, over all files of an import. */
	static final class UnknownTypes {
		private final Map<String, Integer> elements = new LinkedHashMap<>();
		private final Map<String, Integer> files = new HashMap<>();
		private final Map<String, Place> first = new HashMap<>();

		void add(String typeName, int count, Place place) {
			files.merge(typeName, 1, Integer::sum);
			elements.merge(typeName, count, Integer::sum);
			first.putIfAbsent(typeName, place);
		}

		List<String> warnings(Place typeSystem) {
			return elements.entrySet().stream().map(entry -> "Skipped " + entry.getValue() + " elements of type " + entry.getKey() + " in "
					+ files.get(entry.getKey()) + " files (the first at " + first.get(entry.getKey()) + "): " + typeSystem
					+ " does not declare this type").toList();
		}
	}

	/** Whether a type system declares the type of an element, remembered: the same few come back in every file. */
	static final class DeclaredTypes {
		private final TypeSystem typeSystem;
		private final Map<String, Map<String, Boolean>> declared = new HashMap<>();

		DeclaredTypes(TypeSystem typeSystem) {
			this.typeSystem = typeSystem;
		}

		boolean isDeclared(String namespace, String localName) {
			return declared.computeIfAbsent(namespace, each -> new HashMap<>())
					.computeIfAbsent(localName, each -> typeSystem.getType(typeName(namespace, localName)) != null);
		}
	}

	private final DeclaredTypes types;
	private final boolean strict;
	private final Place file;
	private final Map<String, Integer> lineOfId = new HashMap<>();
	private final Map<String, String> elementOfId = new HashMap<>();
	private final Map<String, Integer> unknownHere = new LinkedHashMap<>();
	private final Map<String, Place> firstUnknownHere = new HashMap<>();
	private Locator locator;
	private int depth;
	private String elementName = "";
	private String elementId;
	private Place refusal;
	private String refusalReason;

	XmiElements(DeclaredTypes types, boolean strict, Place file) {
		this.types = types;
		this.strict = strict;
		this.file = file;
	}

	@Override
	public void setDocumentLocator(Locator documentLocator) {
		this.locator = documentLocator;
		super.setDocumentLocator(documentLocator);
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
		depth++;
		String id = attributes.getValue(XMI_NAMESPACE, "id");
		elementName = qName;
		elementId = id;
		if (depth == FEATURE_STRUCTURE_DEPTH && !uri.isEmpty() && !uri.equals(XMI_NAMESPACE) && !uri.equals(CAS_NAMESPACE)) {
			if (!types.isDeclared(uri, localName)) {
				String typeName = typeName(uri, localName);
				if (strict) {
					refusal = here();
					refusalReason = "the type " + typeName + " is not in the type system, and a strict import refuses unknown types (a lenient one skips them)";
					throw new SAXException(refusalReason);
				}
				unknownHere.merge(typeName, 1, Integer::sum);
				firstUnknownHere.computeIfAbsent(typeName, name -> here());
			}
			if (id != null) {
				lineOfId.put(id, line());
				elementOfId.put(id, qName);
			}
		}
		super.startElement(uri, localName, qName, attributes);
	}

	@Override
	public void endElement(String uri, String localName, String qName) throws SAXException {
		depth--;
		super.endElement(uri, localName, qName);
	}

	/** @return the error for an element this filter refused, or null if it refused none */
	InvalidTextFileException refusal() {
		return refusal == null ? null : refusal.problem(refusalReason);
	}

	/** @return the place of the element being read, for errors UIMA raises while reading it */
	Place here() {
		return file.at("line " + line() + ", element " + describe(elementName, elementId));
	}

	/** @return the place of the feature structure with this {@code xmi:id} */
	Place placeOf(String xmiId) {
		Integer line = lineOfId.get(xmiId);
		return line == null ? file.at("element xmi:id=\"" + xmiId + "\"") : file.at("line " + line + ", element " + describe(elementOfId.get(xmiId), xmiId));
	}

	private static String describe(String qName, String xmiId) {
		return "<" + qName + (xmiId == null ? "" : " xmi:id=\"" + xmiId + "\"") + ">";
	}

	/** Adds the elements of undeclared types in this file to {@code unknownTypes}. */
	void reportUnknownTypes(UnknownTypes unknownTypes) {
		unknownHere.forEach((typeName, count) -> unknownTypes.add(typeName, count, firstUnknownHere.get(typeName)));
	}

	private int line() {
		return locator == null ? 0 : locator.getLineNumber();
	}

	/** The UIMA type an XMI element stands for: namespace {@code http:///a/b/c.ecore} and name {@code T} give {@code a.b.c.T}. */
	private static String typeName(String namespace, String localName) {
		String path = namespace;
		if (path.startsWith(ECORE_PREFIX)) {
			path = path.substring(ECORE_PREFIX.length());
		}
		if (path.endsWith(ECORE_SUFFIX)) {
			path = path.substring(0, path.length() - ECORE_SUFFIX.length());
		}
		return path.equals(NO_NAMESPACE) ? localName : path.replace('/', '.') + "." + localName;
	}
}
