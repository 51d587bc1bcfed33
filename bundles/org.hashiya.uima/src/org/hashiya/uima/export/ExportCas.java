package org.hashiya.uima.export;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.hashiya.uima.HashiyaTypeSystem;
import org.hashiya.uima.suggest.SuggestionPipeline;

/**
 * Builds the CAS that the XMI export writes for an article: the text as the sofa; DKPro's
 * {@code DocumentMetaData} as the document annotation (id, title, URI, language); DKPro sentences
 * and tokens from the Arabic segmenter ({@link ExportTokens}); each span both as Hashiya's
 * {@value HashiyaTypeSystem#SPAN} (label, annotator, origin, note) and as DKPro's
 * {@code NamedEntity} (value = label). In the text, characters no XML version can carry are
 * replaced by U+FFFD, one UTF-16 unit for one, so every offset stays; in titles, labels and notes
 * also those XML 1.0 cannot carry, so that only the text decides the XML version. Not thread-safe.
 */
public final class ExportCas implements AutoCloseable {

	/** Stands in for a character no XML version can carry. */
	private static final char REPLACEMENT = '\uFFFD';

	private final TypeSystemDescription description;
	private final TypeSystem typeSystem;
	private final SuggestionPipeline segmenter;
	private final Type metadataType;
	private final Feature language;
	private final Feature documentId;
	private final Feature documentTitle;
	private final Feature documentUri;
	private final Feature documentBaseUri;
	private final Feature collectionId;
	private final Type sentenceType;
	private final Type tokenType;
	private final Type spanType;
	private final Feature spanLabel;
	private final Feature spanAnnotator;
	private final Feature spanOrigin;
	private final Feature spanNote;
	private final Type entityType;
	private final Feature entityValue;

	public ExportCas() throws IOException {
		description = ExportTypeSystem.description();
		typeSystem = create(description).getTypeSystem();
		segmenter = SuggestionPipeline.of(List.of());
		metadataType = HashiyaTypeSystem.type(typeSystem, ExportTypeSystem.DOCUMENT_META_DATA);
		language = typeSystem.getFeatureByFullName(CAS.FEATURE_FULL_NAME_LANGUAGE);
		documentId = metadataType.getFeatureByBaseName(ExportTypeSystem.FEATURE_DOCUMENT_ID);
		documentTitle = metadataType.getFeatureByBaseName(ExportTypeSystem.FEATURE_DOCUMENT_TITLE);
		documentUri = metadataType.getFeatureByBaseName(ExportTypeSystem.FEATURE_DOCUMENT_URI);
		documentBaseUri = metadataType.getFeatureByBaseName(ExportTypeSystem.FEATURE_DOCUMENT_BASE_URI);
		collectionId = metadataType.getFeatureByBaseName(ExportTypeSystem.FEATURE_COLLECTION_ID);
		sentenceType = HashiyaTypeSystem.type(typeSystem, ExportTypeSystem.SENTENCE);
		tokenType = HashiyaTypeSystem.type(typeSystem, ExportTypeSystem.TOKEN);
		spanType = HashiyaTypeSystem.type(typeSystem, HashiyaTypeSystem.SPAN);
		spanLabel = spanType.getFeatureByBaseName(HashiyaTypeSystem.FEATURE_LABEL);
		spanAnnotator = spanType.getFeatureByBaseName(HashiyaTypeSystem.FEATURE_ANNOTATOR);
		spanOrigin = spanType.getFeatureByBaseName(HashiyaTypeSystem.FEATURE_ORIGIN);
		spanNote = spanType.getFeatureByBaseName(HashiyaTypeSystem.FEATURE_NOTE);
		entityType = HashiyaTypeSystem.type(typeSystem, ExportTypeSystem.NAMED_ENTITY);
		entityValue = entityType.getFeatureByBaseName(ExportTypeSystem.FEATURE_VALUE);
	}

	/** @return the type system the CASes have, as {@code TypeSystem.xml} describes it */
	public TypeSystemDescription typeSystem() {
		return description;
	}

	/** @return a new empty CAS of the export type system */
	public CAS newCas() throws IOException {
		try {
			return CasCreationUtils.createCas(typeSystem, null, null, null);
		} catch (ResourceInitializationException e) {
			throw new IOException("Cannot create a CAS with the export type system: " + e.getMessage(), e);
		}
	}

	/**
	 * Empties {@code cas} (made by {@link #newCas()}) and fills it with {@code article}.
	 *
	 * @param collection the corpus name, DKPro's collection id
	 */
	public void fill(CAS cas, ExportedArticle article, String collection) throws IOException {
		cas.reset();
		String text = article.text();
		cas.setDocumentText(replace(text, XmlCharacters::inNoXml));
		// DKPro's metadata takes the place of UIMA's plain document annotation, as DocumentMetaData.create does.
		cas.removeFsFromIndexes(cas.getDocumentAnnotation());
		AnnotationFS metadata = cas.createAnnotation(metadataType, 0, text.length());
		metadata.setStringValue(language, article.language());
		metadata.setStringValue(documentId, xml10(article.id()));
		metadata.setStringValue(documentTitle, xml10(article.title()));
		metadata.setStringValue(documentUri, article.source().toString());
		metadata.setStringValue(documentBaseUri, baseOf(article.source()).toString());
		metadata.setStringValue(collectionId, xml10(collection));
		cas.addFsToIndexes(metadata);
		addSentencesAndTokens(cas, ExportTokens.of(segmenter.analyze(text), article.spans()));
		for (ExportedSpan span : article.spans()) {
			AnnotationFS annotation = cas.createAnnotation(spanType, span.begin(), span.end());
			annotation.setStringValue(spanLabel, xml10(span.label()));
			annotation.setStringValue(spanAnnotator, article.annotator());
			annotation.setStringValue(spanOrigin, span.origin());
			annotation.setStringValue(spanNote, xml10(span.note()));
			cas.addFsToIndexes(annotation);
			AnnotationFS entity = cas.createAnnotation(entityType, span.begin(), span.end());
			entity.setStringValue(entityValue, xml10(span.label()));
			cas.addFsToIndexes(entity);
		}
	}

	private void addSentencesAndTokens(CAS cas, ExportTokens tokens) {
		int sentenceBegin = 0;
		for (int token = 0; token < tokens.count(); token++) {
			cas.addFsToIndexes(cas.createAnnotation(tokenType, tokens.begin(token), tokens.end(token)));
			if (token + 1 == tokens.count() || tokens.sentence(token + 1) != tokens.sentence(token)) {
				cas.addFsToIndexes(cas.createAnnotation(sentenceType, tokens.begin(sentenceBegin), tokens.end(token)));
				sentenceBegin = token + 1;
			}
		}
	}

	/** @return the folder of {@code source}: with the document URI, DKPro writers derive the file's relative path from it */
	private static URI baseOf(URI source) {
		return source.resolve(".");
	}

	/** @return {@code value} (or null) with each character XML 1.0 cannot carry replaced by {@link #REPLACEMENT} */
	private static String xml10(String value) {
		return value == null ? null : replace(value, (text, index) -> XmlCharacters.inNoXml(text, index) || XmlCharacters.onlyInXml11(text, index));
	}

	/** @return {@code text} with each UTF-16 unit that {@code unfit} selects replaced by {@link #REPLACEMENT} */
	private static String replace(String text, XmlCharacters.Test unfit) {
		char[] characters = null;
		for (int index = 0; index < text.length(); index++) {
			if (unfit.test(text, index)) {
				if (characters == null) {
					characters = text.toCharArray();
				}
				characters[index] = REPLACEMENT;
			}
		}
		return characters == null ? text : new String(characters);
	}

	private static CAS create(TypeSystemDescription description) throws IOException {
		try {
			return CasCreationUtils.createCas(description, null, null);
		} catch (ResourceInitializationException e) {
			throw new IOException("Cannot create a CAS with the export type system: " + e.getMessage(), e);
		}
	}

	@Override
	public void close() {
		segmenter.close();
	}
}
