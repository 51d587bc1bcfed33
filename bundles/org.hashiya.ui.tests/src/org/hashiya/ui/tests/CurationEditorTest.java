package org.hashiya.ui.tests;

import static org.hashiya.ui.tests.SampleWorkspace.ARTICLE_001;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.hashiya.core.ProjectFolder;
import org.hashiya.core.curation.Curation;
import org.hashiya.model.AnnotationSet;
import org.hashiya.model.AnnotationStatus;
import org.hashiya.model.Article;
import org.hashiya.model.HashiyaFactory;
import org.hashiya.model.Span;
import org.hashiya.model.Suggestion;
import org.hashiya.model.SuggestionState;
import org.hashiya.samples.SampleCorpus;
import org.hashiya.ui.ArticleEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Curating article 001 between its gold spans and "amal", who gave one span another label and left
 * one out, entirely by keyboard.
 */
class CurationEditorTest {

	private SampleWorkspace workspace;
	private ArticleEditor editor;
	private StyledText text;
	private UserInput input;
	private AnnotationSet gold;
	private Span relabeled;
	private Path goldFile;
	private Path amalFile;
	private byte[] goldBefore;
	private byte[] amalBefore;

	@BeforeEach
	void twoAnnotatorsOnArticle001() throws Exception {
		workspace = SampleWorkspace.create();
		editor = workspace.open(ARTICLE_001);
		text = editor.getTextWidget();
		input = new UserInput(editor.getSite().getShell());
		ProjectFolder project = editor.getProject();
		Article article = editor.getArticle();
		gold = project.findAnnotationSet(article, project.annotator(SampleCorpus.GOLD_ANNOTATOR)).orElseThrow();
		AnnotationSet amal = project.annotationSet(article, project.annotator("amal"));
		gold.getSpans().forEach(span -> {
			Span copy = HashiyaFactory.eINSTANCE.createSpan();
			copy.setBegin(span.getBegin());
			copy.setEnd(span.getEnd());
			copy.setLabel(span.getLabel());
			amal.getSpans().add(copy);
		});
		relabeled = gold.getSpans().get(1);
		amal.getSpans().get(1).setLabel(project.label(relabeled.getLabel().getName().equals("ORG") ? "LOC" : "ORG").orElseThrow());
		amal.getSpans().remove(3);
		amal.setStatus(AnnotationStatus.FINISHED);
		project.save(amal);
		goldFile = project.annotationFile(article, gold.getAnnotator());
		amalFile = project.annotationFile(article, amal.getAnnotator());
		goldBefore = Files.readAllBytes(goldFile);
		amalBefore = Files.readAllBytes(amalFile);
	}

	@AfterEach
	void closeWithoutSaving() throws Exception {
		workspace.dispose();
	}

	@Test
	void curatingShowsTheAgreedSpansAndTheCandidatesOfEachDisagreement() {
		input.pressBinding(editor.getSite(), "org.hashiya.ui.curate");

		assertTrue(editor.isCurating());
		assertEquals(Curation.CURATOR, editor.getShownAnnotator());
		assertEquals(gold.getSpans().size() - 2, editor.spans().size(), "all but the relabeled and the left-out span");
		List<Suggestion> candidates = editor.pendingSuggestions();
		assertEquals(3, candidates.size(), "two labels for one span, and the span amal left out");
		assertEquals(SWT.BORDER_DASH, text.getStyleRangeAtOffset(candidates.get(0).getBegin()).borderStyle, "candidates are drawn as suggestions");
	}

	@Test
	void enterPicksTheCandidateAtTheCaretAndRejectsItsRivalUndoably() {
		input.pressBinding(editor.getSite(), "org.hashiya.ui.curate");
		Suggestion golds = candidateAt(relabeled.getBegin(), SampleCorpus.GOLD_ANNOTATOR);
		Suggestion amals = candidateAt(relabeled.getBegin(), "amal");
		int spans = editor.spans().size();
		text.setCaretOffset(relabeled.getBegin() + 1);

		input.pressBinding(editor.getSite(), "org.hashiya.ui.acceptSuggestion");

		assertEquals(SuggestionState.ACCEPTED, golds.getState());
		assertEquals(SuggestionState.REJECTED, amals.getState());
		assertEquals(spans + 1, editor.spans().size());
		assertEquals(relabeled.getLabel(), editor.getSelectedSpan().orElseThrow().getLabel());

		editor.getEditingDomain().getCommandStack().undo();

		assertEquals(SuggestionState.PENDING, golds.getState());
		assertEquals(SuggestionState.PENDING, amals.getState());
		assertEquals(spans, editor.spans().size());
	}

	@Test
	void theSuggestersLeaveTheCuratedSetAlone() {
		input.pressBinding(editor.getSite(), "org.hashiya.ui.curate");
		List<Suggestion> candidates = List.copyOf(editor.pendingSuggestions());

		input.pressBinding(editor.getSite(), "org.hashiya.ui.suggest");
		SampleWorkspace.processEvents();

		assertEquals(candidates, editor.pendingSuggestions());
	}

	@Test
	void savingWritesTheCuratedSetAndNeverTheAnnotatorsFiles() throws Exception {
		input.pressBinding(editor.getSite(), "org.hashiya.ui.curate");
		text.setCaretOffset(relabeled.getBegin() + 1);
		input.pressBinding(editor.getSite(), "org.hashiya.ui.acceptSuggestion");

		editor.doSave(new NullProgressMonitor());

		assertFalse(editor.isDirty());
		Path curatedFile = editor.getProject().annotationFile(editor.getArticle(), editor.getProject().annotator(Curation.CURATOR));
		assertTrue(Files.readString(curatedFile).contains("accepted"), "the pick is saved with the curated set");
		assertArrayEquals(goldBefore, Files.readAllBytes(goldFile));
		assertArrayEquals(amalBefore, Files.readAllBytes(amalFile));
	}

	private Suggestion candidateAt(int begin, String annotator) {
		return editor.pendingSuggestions().stream().filter(suggestion -> suggestion.getBegin() == begin && suggestion.getSource().equals(annotator))
				.findFirst().orElseThrow();
	}
}
