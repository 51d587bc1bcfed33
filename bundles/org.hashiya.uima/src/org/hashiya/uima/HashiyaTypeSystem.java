package org.hashiya.uima;

import java.io.IOException;
import java.net.URL;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.InvalidXMLException;
import org.apache.uima.util.XMLInputSource;

/** The UIMA type system of Hashiya ({@code desc/HashiyaTypeSystem.xml}) and typed access to it. */
public final class HashiyaTypeSystem {

	/** The annotation type of a labeled span. */
	public static final String SPAN = "org.hashiya.type.Span";
	public static final String FEATURE_LABEL = "label";
	public static final String FEATURE_ANNOTATOR = "annotator";
	public static final String FEATURE_ORIGIN = "origin";
	public static final String FEATURE_NOTE = "note";

	/** A sentence, from {@link org.hashiya.uima.arabic.ArabicSegmenter}. */
	public static final String SENTENCE = "org.hashiya.type.Sentence";
	/** A token with its matching key and stem offset, from {@link org.hashiya.uima.arabic.ArabicSegmenter}. */
	public static final String TOKEN = "org.hashiya.type.Token";
	public static final String FEATURE_KEY = "key";
	public static final String FEATURE_STEM_BEGIN = "stemBegin";
	/** A suggested span: {@link #FEATURE_LABEL}, {@link #FEATURE_SCORE} and {@link #FEATURE_SOURCE}. */
	public static final String SUGGESTION = "org.hashiya.type.Suggestion";
	public static final String FEATURE_SCORE = "score";
	public static final String FEATURE_SOURCE = "source";

	private static final String DESCRIPTOR = "/desc/HashiyaTypeSystem.xml";

	private HashiyaTypeSystem() {
	}

	/** @return a fresh copy of the type system description, e.g. to write {@code TypeSystem.xml} */
	public static TypeSystemDescription description() throws IOException {
		URL url = HashiyaTypeSystem.class.getResource(DESCRIPTOR);
		if (url == null) {
			throw new IOException("The Hashiya type system " + DESCRIPTOR + " is missing from org.hashiya.uima");
		}
		try {
			TypeSystemDescription description = UIMAFramework.getXMLParser().parseTypeSystemDescription(new XMLInputSource(url));
			description.resolveImports();
			return description;
		} catch (InvalidXMLException e) {
			throw new IOException("The Hashiya type system " + DESCRIPTOR + " is not valid: " + e.getMessage(), e);
		}
	}

	/** @return an empty CAS with the Hashiya type system */
	public static CAS createCas() throws IOException {
		try {
			return CasCreationUtils.createCas(description(), null, null);
		} catch (ResourceInitializationException e) {
			throw new IOException("Cannot create a CAS with the Hashiya type system: " + e.getMessage(), e);
		}
	}

	/** @return the type {@code name} of {@code typeSystem}, which must be Hashiya's */
	public static Type type(TypeSystem typeSystem, String name) {
		Type type = typeSystem.getType(name);
		if (type == null) {
			throw new IllegalArgumentException("The CAS lacks type " + name + "; create it with HashiyaTypeSystem.createCas()");
		}
		return type;
	}
}
