package org.hashiya.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hashiya.core.GoldSpansImporter;
import org.hashiya.core.ProjectFolder;
import org.hashiya.core.SampleProject;
import org.hashiya.model.AnnotationSet;
import org.hashiya.model.AnnotationStatus;
import org.hashiya.model.Article;
import org.hashiya.model.HashiyaFactory;
import org.hashiya.model.Span;
import org.hashiya.model.SpanOrigin;
import org.hashiya.model.Suggestion;
import org.hashiya.model.SuggestionState;
import org.hashiya.samples.SampleCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each annotator's work is in files of their own, and the same work always gives the same bytes,
 * so annotators in separate git clones merge without conflicts and an unchanged article shows no
 * change.
 */
class AnnotatorFilesTest {

	@TempDir
	Path folder;
	private ProjectFolder project;
	private Article article;

	@BeforeEach
	void createTheSampleProject() throws IOException {
		project = SampleProject.create(folder);
		article = project.article(SampleCorpus.articleIds().get(0)).orElseThrow();
	}

	@Test
	void savingAnUnchangedSetTwiceGivesByteIdenticalFiles() throws IOException {
		AnnotationSet gold = project.findAnnotationSet(article, project.annotator(SampleCorpus.GOLD_ANNOTATOR)).orElseThrow();
		Path file = project.annotationFile(article, gold.getAnnotator());
		byte[] imported = Files.readAllBytes(file);

		project.save(gold);
		byte[] first = Files.readAllBytes(file);
		project.save(gold);

		assertArrayEquals(imported, first, "saving the imported gold unchanged rewrites the same bytes");
		assertArrayEquals(first, Files.readAllBytes(file));
	}

	@Test
	void theSameWorkEnteredInAnotherOrderGivesTheSameFile() throws IOException {
		AnnotationSet forwards = project.annotationSet(article, project.annotator("amal"));
		AnnotationSet backwards = project.annotationSet(article, project.annotator("badr"));
		addWork(forwards, false);
		addWork(backwards, true);

		project.save(forwards);
		project.save(backwards);

		assertArrayEquals(Files.readAllBytes(project.annotationFile(article, forwards.getAnnotator())),
				Files.readAllBytes(project.annotationFile(article, backwards.getAnnotator())),
				"spans at the same place with the same label, and suggestions likewise, are ordered by all their columns");
	}

	@Test
	void eachAnnotatorHasTheirOwnFileAndSavingOneLeavesTheOtherAlone() throws IOException {
		AnnotationSet amal = project.annotationSet(article, project.annotator("amal"));
		AnnotationSet badr = project.annotationSet(article, project.annotator("badr"));
		amal.getSpans().add(span(4, 20, "LOC", SpanOrigin.MANUAL, null));
		badr.getSpans().add(span(22, 27, "PER", SpanOrigin.MANUAL, null));
		project.save(amal);
		project.save(badr);
		Path amalFile = project.annotationFile(article, amal.getAnnotator());
		Path badrFile = project.annotationFile(article, badr.getAnnotator());
		byte[] amalBefore = Files.readAllBytes(amalFile);

		badr.getSpans().add(span(59, 81, "ORG", SpanOrigin.MANUAL, null));
		project.save(badr);

		assertEquals(folder.resolve(Path.of("annotations", "amal", article.getId() + ".tsv")), amalFile);
		assertEquals(folder.resolve(Path.of("annotations", "badr", article.getId() + ".tsv")), badrFile);
		assertArrayEquals(amalBefore, Files.readAllBytes(amalFile), "saving badr's work does not touch amal's file");
		ProjectFolder reopened = ProjectFolder.open(folder);
		Article reopenedArticle = reopened.article(article.getId()).orElseThrow();
		assertEquals(1, reopened.findAnnotationSet(reopenedArticle, reopened.annotator("amal")).orElseThrow().getSpans().size());
		assertEquals(2, reopened.findAnnotationSet(reopenedArticle, reopened.annotator("badr")).orElseThrow().getSpans().size());
		assertNotEquals(-1, Files.mismatch(amalFile, badrFile));
	}

	/** Adds the same spans and suggestions, including some at the same place with the same label, forwards or backwards. */
	private void addWork(AnnotationSet set, boolean backwards) {
		set.setStatus(AnnotationStatus.IN_PROGRESS);
		List<Span> spans = List.of(
				span(4, 20, "LOC", SpanOrigin.MANUAL, "first note"),
				span(4, 20, "LOC", SpanOrigin.MANUAL, "second note"),
				span(4, 20, "LOC", SpanOrigin.ACCEPTED_SUGGESTION, null),
				span(59, 81, "ORG", SpanOrigin.MANUAL, null));
		List<Suggestion> suggestions = List.of(
				suggestion(22, 27, "LOC", "gazetteer", SuggestionState.PENDING),
				suggestion(22, 27, "LOC", "model", SuggestionState.REJECTED),
				suggestion(112, 118, "LOC", "memory", SuggestionState.PENDING));
		for (int index = 0; index < spans.size(); index++) {
			set.getSpans().add(spans.get(backwards ? spans.size() - 1 - index : index));
		}
		for (int index = 0; index < suggestions.size(); index++) {
			set.getSuggestions().add(suggestions.get(backwards ? suggestions.size() - 1 - index : index));
		}
	}

	private Span span(int begin, int end, String label, SpanOrigin origin, String note) {
		Span span = GoldSpansImporter.importedSpan(begin, end, project.label(label).orElseThrow());
		span.setOrigin(origin);
		span.setNote(note);
		return span;
	}

	private Suggestion suggestion(int begin, int end, String label, String source, SuggestionState state) {
		Suggestion suggestion = HashiyaFactory.eINSTANCE.createSuggestion();
		suggestion.setBegin(begin);
		suggestion.setEnd(end);
		suggestion.setLabel(project.label(label).orElseThrow());
		suggestion.setScore(0.5);
		suggestion.setSource(source);
		suggestion.setState(state);
		return suggestion;
	}
}
