package org.hashiya.uima.export;

import java.io.IOException;
import java.net.URL;
import java.util.List;

import org.apache.uima.fit.factory.TypeSystemDescriptionFactory;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.hashiya.uima.HashiyaTypeSystem;

/**
 * The type system of exported XMI: Hashiya's own ({@link HashiyaTypeSystem}) with the DKPro Core
 * types of {@code desc/DKProCoreTypes.xml}, which DKPro pipelines and INCEpTION read.
 */
public final class ExportTypeSystem {

	public static final String DOCUMENT_META_DATA = "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData";
	public static final String FEATURE_DOCUMENT_ID = "documentId";
	public static final String FEATURE_DOCUMENT_TITLE = "documentTitle";
	public static final String FEATURE_DOCUMENT_URI = "documentUri";
	public static final String FEATURE_DOCUMENT_BASE_URI = "documentBaseUri";
	public static final String FEATURE_COLLECTION_ID = "collectionId";
	public static final String SENTENCE = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence";
	public static final String TOKEN = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token";
	public static final String NAMED_ENTITY = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity";
	/** The label of a {@link #NAMED_ENTITY}. */
	public static final String FEATURE_VALUE = "value";

	private static final String DKPRO_DESCRIPTOR = "/desc/DKProCoreTypes.xml";

	private ExportTypeSystem() {
	}

	/** @return a fresh copy of the export type system, as written to {@code TypeSystem.xml} */
	public static TypeSystemDescription description() throws IOException {
		URL dkpro = ExportTypeSystem.class.getResource(DKPRO_DESCRIPTOR);
		if (dkpro == null) {
			throw new IOException("The DKPro Core type descriptor " + DKPRO_DESCRIPTOR + " is missing from org.hashiya.uima");
		}
		try {
			TypeSystemDescription merged = CasCreationUtils.mergeTypeSystems(
					List.of(HashiyaTypeSystem.description(), TypeSystemDescriptionFactory.createTypeSystemDescriptionFromPath(dkpro.toString())));
			merged.setName("Hashiya export");
			merged.setDescription("Spans labeled in Hashiya (org.hashiya.type.Span) with DKPro Core's document metadata, sentences, tokens and named "
					+ "entities. Offsets are UTF-16 code units into the sofa, which is the article text.");
			return merged;
		} catch (ResourceInitializationException e) {
			throw new IOException("The export type system cannot be built with " + DKPRO_DESCRIPTOR + ": " + e.getMessage(), e);
		}
	}
}
