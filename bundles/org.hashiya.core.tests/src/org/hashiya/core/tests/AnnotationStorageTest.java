package org.hashiya.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hashiya.core.LoadProblem;
import org.hashiya.core.ProjectFolder;
import org.hashiya.core.SampleProject;
import org.hashiya.model.AnnotationSet;
import org.hashiya.model.AnnotationStatus;
import org.hashiya.model.Annotator;
import org.hashiya.model.Article;
import org.hashiya.model.HashiyaFactory;
import org.hashiya.model.Span;
import org.hashiya.model.SpanOrigin;
import org.hashiya.model.Suggestion;
import org.hashiya.model.SuggestionState;
import org.hashiya.samples.SampleCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationStorageTest {

	private static final String ARTICLE = "001_8756b9d378ace8d0";

	@TempDir
	Path folder;

	@Test
	void savingAndLoadingGivesAnIdenticalModelAndIdenticalBytes() throws IOException {
		ProjectFolder project = SampleProject.create(folder);
		Article article = project.article(ARTICLE).orElseThrow();
		AnnotationSet set = project.annotationSet(article, project.annotator("amal"));
		set.setStatus(AnnotationStatus.IN_PROGRESS);
		set.getSpans().add(span(project, 0, 3, "ORG", SpanOrigin.MANUAL, "a note\twith a tab,\na new line and a \\ backslash"));
		set.getSpans().add(span(project, 10, 15, "PER", SpanOrigin.ACCEPTED_SUGGESTION, null));
		Suggestion suggestion = HashiyaFactory.eINSTANCE.createSuggestion();
		suggestion.setBegin(20);
		suggestion.setEnd(24);
		suggestion.setLabel(project.label("LOC").orElseThrow());
		suggestion.setScore(0.1 + 0.2);
		suggestion.setSource("gazetteer");
		suggestion.setState(SuggestionState.REJECTED);
		set.getSuggestions().add(suggestion);
		Suggestion withoutSource = EcoreUtil.copy(suggestion);
		withoutSource.setBegin(30);
		withoutSource.setEnd(33);
		withoutSource.setSource(null);
		set.getSuggestions().add(withoutSource);
		project.save(set);
		byte[] savedBytes = Files.readAllBytes(project.annotationFile(article, set.getAnnotator()));

		ProjectFolder reopened = ProjectFolder.open(folder);
		Article reloadedArticle = reopened.article(ARTICLE).orElseThrow();
		AnnotationSet reloaded = reopened.findAnnotationSet(reloadedArticle, reopened.annotator("amal")).orElseThrow();

		assertTrue(EcoreUtil.equals(set.getSpans(), reloaded.getSpans()), "spans survive a round trip");
		assertTrue(EcoreUtil.equals(set.getSuggestions(), reloaded.getSuggestions()), "suggestions survive a round trip");
		assertTrue(EcoreUtil.equals(project.project().getLabelSets(), reopened.project().getLabelSets()), "label sets survive a round trip");
		assertEquals(AnnotationStatus.IN_PROGRESS, reloaded.getStatus());
		reopened.save(reloaded);
		assertArrayEquals(savedBytes, Files.readAllBytes(reopened.annotationFile(reloadedArticle, reloaded.getAnnotator())),
				"saving an unchanged set gives the same bytes, so git sees no change");
	}

	@Test
	void aChangedArticleTextIsReportedAndItsSpansAreNotShown() throws IOException {
		SampleProject.create(folder);
		Path articleFile = folder.resolve(ARTICLE + ".txt");
		Files.writeString(articleFile, "سطر مضاف في البداية\n" + Files.readString(articleFile), StandardCharsets.UTF_8);

		ProjectFolder reopened = ProjectFolder.open(folder);

		assertEquals(1, reopened.problems().size(), () -> "problems: " + reopened.problems());
		LoadProblem problem = reopened.problems().get(0);
		assertTrue(problem.file().endsWith(Path.of("annotations", SampleCorpus.GOLD_ANNOTATOR, ARTICLE + ".tsv")), problem.file().toString());
		assertTrue(problem.message().contains("has changed"), problem.message());
		Article changed = reopened.article(ARTICLE).orElseThrow();
		Annotator gold = reopened.annotator(SampleCorpus.GOLD_ANNOTATOR);
		assertFalse(reopened.findAnnotationSet(changed, gold).isPresent(), "spans of a changed text must not be shown");
	}

	@Test
	void spansThatCouldNotBeLoadedAreNeverOverwritten() throws IOException {
		SampleProject.create(folder);
		Path articleFile = folder.resolve(ARTICLE + ".txt");
		Files.writeString(articleFile, "!", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
		ProjectFolder reopened = ProjectFolder.open(folder);
		Article changed = reopened.article(ARTICLE).orElseThrow();
		AnnotationSet fresh = reopened.annotationSet(changed, reopened.annotator(SampleCorpus.GOLD_ANNOTATOR));
		Path goldFile = reopened.annotationFile(changed, fresh.getAnnotator());
		byte[] before = Files.readAllBytes(goldFile);

		IOException error = assertThrows(IOException.class, () -> reopened.save(fresh));

		assertTrue(error.getMessage().contains("would overwrite"), error.getMessage());
		assertArrayEquals(before, Files.readAllBytes(goldFile));
	}

	@Test
	void aSpanWithAnUnknownLabelKeepsTheFileFromLoadingAndNamesTheLine() throws IOException {
		SampleProject.create(folder);
		Path goldFile = folder.resolve("annotations").resolve(SampleCorpus.GOLD_ANNOTATOR).resolve(ARTICLE + ".tsv");
		Files.writeString(goldFile, Files.readString(goldFile).replaceFirst("\tLOC\t", "\tMISC\t"));

		ProjectFolder reopened = ProjectFolder.open(folder);

		assertEquals(1, reopened.problems().size());
		String message = reopened.problems().get(0).message();
		assertTrue(message.contains(ARTICLE + ".tsv line ") && message.contains("'MISC'"), message);
	}

	private static Span span(ProjectFolder project, int begin, int end, String label, SpanOrigin origin, String note) {
		Span span = HashiyaFactory.eINSTANCE.createSpan();
		span.setBegin(begin);
		span.setEnd(end);
		span.setLabel(project.label(label).orElseThrow());
		span.setOrigin(origin);
		span.setNote(note);
		return span;
	}
}
