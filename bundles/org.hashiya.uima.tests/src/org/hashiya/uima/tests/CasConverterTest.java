package org.hashiya.uima.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.hashiya.core.ProjectFolder;
import org.hashiya.core.SampleProject;
import org.hashiya.model.AnnotationSet;
import org.hashiya.model.Article;
import org.hashiya.samples.SampleCorpus;
import org.hashiya.uima.CasConverter;
import org.hashiya.uima.HashiyaTypeSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CasConverterTest {

	@TempDir
	Path projectFolder;

	@TempDir
	Path goldFolder;

	@Test
	void everyGoldSpanBecomesAnAnnotationWithTheSameOffsetsLabelAndCoveredText() throws IOException {
		ProjectFolder project = SampleProject.create(projectFolder);
		SampleCorpus.copyGoldSpansTo(goldFolder);

		for (Article article : project.project().getArticles()) {
			AnnotationSet gold = project.findAnnotationSet(article, project.annotator(SampleCorpus.GOLD_ANNOTATOR)).orElseThrow();

			CAS cas = CasConverter.toCas(gold);

			assertEquals(article.getText(), cas.getDocumentText());
			List<String> goldRows = Files.readAllLines(goldFolder.resolve(article.getId() + ".spans.tsv"));
			assertEquals(goldRows.subList(1, goldRows.size()), rowsOf(cas), "spans of " + article.getId());
		}
	}

	@Test
	void theAnnotatorAndOriginAreKeptOnEachAnnotation() throws IOException {
		ProjectFolder project = SampleProject.create(projectFolder);
		Article article = project.project().getArticles().get(0);
		AnnotationSet gold = project.findAnnotationSet(article, project.annotator(SampleCorpus.GOLD_ANNOTATOR)).orElseThrow();

		CAS cas = CasConverter.toCas(gold);

		Type spanType = cas.getTypeSystem().getType(HashiyaTypeSystem.SPAN);
		AnnotationFS first = cas.<AnnotationFS>getAnnotationIndex(spanType).iterator().next();
		assertEquals("gold", first.getStringValue(spanType.getFeatureByBaseName(HashiyaTypeSystem.FEATURE_ANNOTATOR)));
		assertEquals("imported", first.getStringValue(spanType.getFeatureByBaseName(HashiyaTypeSystem.FEATURE_ORIGIN)));
	}

	@Test
	void spansCannotBeAddedToACasWithAnotherText() throws IOException {
		ProjectFolder project = SampleProject.create(projectFolder);
		Article article = project.project().getArticles().get(0);
		AnnotationSet gold = project.findAnnotationSet(article, project.annotator(SampleCorpus.GOLD_ANNOTATOR)).orElseThrow();
		CAS other = HashiyaTypeSystem.createCas();
		other.setDocumentText("نص آخر");

		assertThrows(IllegalArgumentException.class, () -> CasConverter.addSpans(other, gold));
	}

	/** @return the spans as gold-file rows: begin, end, label, covered text */
	private static List<String> rowsOf(CAS cas) {
		Type spanType = cas.getTypeSystem().getType(HashiyaTypeSystem.SPAN);
		Feature label = spanType.getFeatureByBaseName(HashiyaTypeSystem.FEATURE_LABEL);
		List<String> rows = new ArrayList<>();
		for (AnnotationFS annotation : cas.<AnnotationFS>getAnnotationIndex(spanType)) {
			rows.add(annotation.getBegin() + "\t" + annotation.getEnd() + "\t" + annotation.getStringValue(label) + "\t" + annotation.getCoveredText());
		}
		return rows;
	}
}
