package org.hashiya.ui.tests;

import static org.hashiya.ui.tests.SampleWorkspace.ARTICLE_001;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.handlers.IHandlerService;
import org.hashiya.core.ProjectFolder;
import org.hashiya.model.Annotator;
import org.hashiya.model.Span;
import org.hashiya.model.SpanOrigin;
import org.hashiya.model.Suggestion;
import org.hashiya.model.SuggestionState;
import org.hashiya.samples.SampleCorpus;
import org.hashiya.ui.ArticleEditor;
import org.hashiya.ui.internal.HashiyaUiPlugin;
import org.hashiya.ui.internal.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Suggestions in the editor, by keyboard: Suggest fills the article with dashed suggestions,
 * Enter accepts the one at the caret, Ctrl+Enter all like it, Delete rejects; all undoable.
 */
class SuggestionsInEditorTest {

	private SampleWorkspace workspace;
	private ArticleEditor editor;
	private StyledText text;
	private UserInput input;

	@BeforeEach
	void suggestInArticle001() throws Exception {
		workspace = SampleWorkspace.create();
		editor = workspace.open(ARTICLE_001);
		text = editor.getTextWidget();
		input = new UserInput(editor.getSite().getShell());
		editor.getSite().getService(IHandlerService.class).executeCommand("org.hashiya.ui.suggest", null);
		input.waitUntil(() -> !editor.pendingSuggestions().isEmpty(), "the Suggest job to deliver");
	}

	@AfterEach
	void closeWithoutSaving() throws Exception {
		workspace.dispose();
	}

	@Test
	void suggestionsAreDashedOutlinesInTheirLabelsColour() {
		Suggestion suggestion = editor.pendingSuggestions().get(0);
		StyleRange style = text.getStyleRangeAtOffset(suggestion.getBegin());

		assertEquals(SWT.BORDER_DASH, style.borderStyle);
		assertNull(style.background, "no background: that is for accepted spans");
		assertEquals(suggestion.getLabel(), style.data);
		assertTrue(editor.spans().isEmpty(), "suggesting adds no span");
	}

	@Test
	void enterAcceptsTheSuggestionAtTheCaretAndUndoTakesItBack() {
		Suggestion suggestion = editor.pendingSuggestions().get(0);
		text.setCaretOffset(suggestion.getBegin() + 1);

		input.pressBinding(editor.getSite(), "org.hashiya.ui.acceptSuggestion");

		assertEquals(1, editor.spans().size());
		Span span = editor.spans().get(0);
		assertEquals(List.of(suggestion.getBegin(), suggestion.getEnd(), SpanOrigin.ACCEPTED_SUGGESTION), List.of(span.getBegin(), span.getEnd(), span.getOrigin()));
		assertEquals(SuggestionState.ACCEPTED, suggestion.getState());
		assertNotNull(text.getStyleRangeAtOffset(span.getBegin()).background, "shown as a span now");
		assertTrue(editor.isDirty());

		editor.getEditingDomain().getCommandStack().undo();
		SampleWorkspace.processEvents();
		assertTrue(editor.spans().isEmpty());
		assertEquals(SuggestionState.PENDING, suggestion.getState());
		assertEquals(SWT.BORDER_DASH, text.getStyleRangeAtOffset(suggestion.getBegin()).borderStyle);
	}

	@Test
	void ctrlEnterAcceptsEverySuggestionWithTheSameTextAndLabel() {
		String article = editor.getArticle().getText();
		Suggestion repeated = editor.pendingSuggestions().stream().filter(suggestion -> editor.pendingSuggestions().stream()
				.filter(other -> other != suggestion && other.getLabel() == suggestion.getLabel()
						&& article.substring(other.getBegin(), other.getEnd()).equals(article.substring(suggestion.getBegin(), suggestion.getEnd())))
				.count() > 0).findFirst().orElseThrow(() -> new AssertionError("no suggestion repeats in article 001"));
		String covered = article.substring(repeated.getBegin(), repeated.getEnd());
		long like = editor.pendingSuggestions().stream().filter(suggestion -> suggestion.getLabel() == repeated.getLabel()
				&& article.substring(suggestion.getBegin(), suggestion.getEnd()).equals(covered)).count();
		text.setCaretOffset(repeated.getBegin());

		input.pressBinding(editor.getSite(), "org.hashiya.ui.acceptSimilarSuggestions");

		assertEquals(like, editor.spans().size(), "one span per suggestion of " + covered);
		assertTrue(editor.spans().stream().allMatch(span -> article.substring(span.getBegin(), span.getEnd()).equals(covered)));
	}

	@Test
	void deleteRejectsTheSuggestionAtTheCaretAndSuggestingAgainDoesNotBringItBack() throws Exception {
		Suggestion suggestion = editor.pendingSuggestions().get(0);
		text.setCaretOffset(suggestion.getBegin() + 1);

		input.pressBinding(editor.getSite(), "org.hashiya.ui.deleteSpan");

		assertEquals(SuggestionState.REJECTED, suggestion.getState());
		assertEquals(SWT.NONE, styleAt(suggestion.getBegin()), "no longer outlined");

		int before = editor.pendingSuggestions().size();
		editor.getSite().getService(IHandlerService.class).executeCommand("org.hashiya.ui.suggest", null);
		input.waitUntil(() -> editor.getEditingDomain().getCommandStack().getUndoCommand().getLabel().equals("Suggest")
				&& editor.pendingSuggestions().size() == before, "suggesting again");
		assertTrue(editor.pendingSuggestions().stream().noneMatch(again -> again.getBegin() == suggestion.getBegin() && again.getEnd() == suggestion.getEnd()
				&& again.getLabel() == suggestion.getLabel()), "the rejected suggestion is not proposed again");
	}

	@Test
	void suggestingInAllArticlesFillsTheOpenEditorAndTheFilesOfTheOthers() throws Exception {
		editor.getEditingDomain().getCommandStack().undo();
		SampleWorkspace.processEvents();
		assertTrue(editor.pendingSuggestions().isEmpty());

		editor.getSite().getService(IHandlerService.class).executeCommand("org.hashiya.ui.suggestEverywhere", null);

		ProjectFolder project = editor.getProject();
		Annotator annotator = project.annotator(editor.getShownAnnotator());
		List<Path> others = project.project().getArticles().stream().filter(article -> article != editor.getArticle())
				.map(article -> project.annotationFile(article, annotator)).toList();
		input.waitUntil(() -> !editor.pendingSuggestions().isEmpty() && others.stream().allMatch(Files::exists), "suggestions in every article");
		for (Path file : others) {
			assertTrue(Files.readString(file).contains("\nsuggestion\t"), file + " holds suggestions");
		}
		assertTrue(editor.isDirty(), "the open article changed through its editor, unsaved");
	}

	@Test
	void theModelReportCrossValidatesOnTheFinishedArticles() throws Exception {
		editor.doSave(new NullProgressMonitor());
		editor.showAnnotator(SampleCorpus.GOLD_ANNOTATOR);
		String[] report = new String[1];
		Display display = text.getDisplay();
		Runnable closeReport = new Runnable() {
			@Override
			public void run() {
				for (Shell shell : display.getShells()) {
					if (Messages.ModelReport_title.equals(shell.getText())) {
						report[0] = textIn(shell);
						shell.close();
						return;
					}
				}
				display.timerExec(50, this);
			}
		};
		display.timerExec(50, closeReport);

		editor.getSite().getService(IHandlerService.class).executeCommand("org.hashiya.ui.modelReport", null);

		input.waitUntil(() -> report[0] != null, "the model report");
		assertTrue(report[0].contains("micro"), report[0]);
		assertTrue(report[0].lines().anyMatch(line -> line.startsWith("LOC")), report[0]);
	}

	@Test
	void withSuggestingOnOpenAnArticleGetsSuggestionsWhenItOpens() throws Exception {
		editor.getSite().getService(IHandlerService.class).executeCommand("org.hashiya.ui.toggleSuggestOnOpen", null);
		try {
			ArticleEditor other = workspace.open(SampleWorkspace.ARTICLE_000);

			input.waitUntil(() -> !other.pendingSuggestions().isEmpty(), "suggestions in the article just opened");
		} finally {
			editor.getSite().getService(IHandlerService.class).executeCommand("org.hashiya.ui.toggleSuggestOnOpen", null);
		}
		assertFalse(HashiyaUiPlugin.getDefault().isSuggestingOnOpen(), "off again, as by default");
	}

	/** @return the text of the first Text widget inside {@code composite}, or "" */
	private static String textIn(Composite composite) {
		for (Control child : composite.getChildren()) {
			if (child instanceof Text field) {
				return field.getText();
			}
			if (child instanceof Composite inner && !textIn(inner).isEmpty()) {
				return textIn(inner);
			}
		}
		return "";
	}

	private int styleAt(int offset) {
		StyleRange style = text.getStyleRangeAtOffset(offset);
		return style == null ? SWT.NONE : style.borderStyle;
	}
}
