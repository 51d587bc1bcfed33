package org.hashiya.uima;

import java.io.IOException;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.hashiya.model.AnnotationSet;
import org.hashiya.model.Article;
import org.hashiya.model.Span;

/** Turns Hashiya's EMF model into UIMA CASes. */
public final class CasConverter {

	private CasConverter() {
	}

	/**
	 * @return a new CAS whose sofa is the article text (unchanged, so offsets carry over) and which
	 *         holds each span of {@code set} as an {@value HashiyaTypeSystem#SPAN} annotation
	 */
	public static CAS toCas(AnnotationSet set) throws IOException {
		CAS cas = HashiyaTypeSystem.createCas();
		Article article = set.getArticle();
		cas.setDocumentText(article.getText());
		cas.setDocumentLanguage(article.getLanguage());
		addSpans(cas, set);
		return cas;
	}

	/** Adds the spans of {@code set} to a CAS whose document text is the set's article text. */
	public static void addSpans(CAS cas, AnnotationSet set) {
		if (!set.getArticle().getText().equals(cas.getDocumentText())) {
			throw new IllegalArgumentException("The CAS text is not the text of article " + set.getArticle().getId());
		}
		Type spanType = HashiyaTypeSystem.type(cas.getTypeSystem(), HashiyaTypeSystem.SPAN);
		Feature label = spanType.getFeatureByBaseName(HashiyaTypeSystem.FEATURE_LABEL);
		Feature annotator = spanType.getFeatureByBaseName(HashiyaTypeSystem.FEATURE_ANNOTATOR);
		Feature origin = spanType.getFeatureByBaseName(HashiyaTypeSystem.FEATURE_ORIGIN);
		Feature note = spanType.getFeatureByBaseName(HashiyaTypeSystem.FEATURE_NOTE);
		for (Span span : set.getSpans()) {
			AnnotationFS annotation = cas.createAnnotation(spanType, span.getBegin(), span.getEnd());
			annotation.setStringValue(label, span.getLabel().getName());
			annotation.setStringValue(annotator, set.getAnnotator().getName());
			annotation.setStringValue(origin, span.getOrigin().getLiteral());
			annotation.setStringValue(note, span.getNote());
			cas.addFsToIndexes(annotation);
		}
	}
}
