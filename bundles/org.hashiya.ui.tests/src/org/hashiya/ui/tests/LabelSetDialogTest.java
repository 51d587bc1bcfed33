package org.hashiya.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.hashiya.core.ProjectFolder;
import org.hashiya.model.Label;
import org.hashiya.samples.SampleCorpus;
import org.hashiya.ui.ArticleEditor;
import org.hashiya.ui.internal.HashiyaUiPlugin;
import org.hashiya.ui.internal.labels.LabelSetDialog;
import org.hashiya.ui.internal.labels.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LabelSetDialogTest {

	private static final int NAME_COLUMN = 1;
	private static final int HOTKEY_COLUMN = 2;
	private static final int SPANS_COLUMN = 4;

	private final ScriptedQuestions questions = new ScriptedQuestions();
	private SampleWorkspace workspace;
	private Path folder;
	private ProjectFolder projectFolder;
	private LabelSetDialog dialog;

	@BeforeEach
	void openTheLabelsOfTheSampleProject() throws IOException, CoreException {
		workspace = SampleWorkspace.create();
		folder = workspace.folder();
		projectFolder = HashiyaUiPlugin.getDefault().openProjects().get(folder);
		dialog = new LabelSetDialog(workspace.page().getWorkbenchWindow().getShell(), projectFolder);
		dialog.setQuestions(questions);
		dialog.setBlockOnOpen(false);
		dialog.open();
	}

	@AfterEach
	void closeEverythingAndDeleteTheProject() throws CoreException, IOException {
		if (dialog.getShell() != null) {
			dialog.close();
		}
		workspace.dispose();
	}

	@Test
	void anAddedLabelIsListedAndSavedInTheProjectOnOk() throws IOException {
		questions.newLabel = new LabelSetDialog.NewLabel("EVENT", "e", "Named events: wars, summits, elections");

		click(Messages.LabelSetDialog_add);

		assertEquals("e", row("EVENT").getText(HOTKEY_COLUMN));
		assertEquals("0", row("EVENT").getText(SPANS_COLUMN));
		click(IDialogConstants.OK_LABEL);
		assertEquals(Window.OK, dialog.getReturnCode());
		Label saved = ProjectFolder.open(folder).label("EVENT").orElseThrow();
		assertEquals("e", saved.getHotkey());
		assertEquals("Named events: wars, summits, elections", saved.getDescription());
	}

	@Test
	void renamingPerWritesTheNewNameIntoTheGoldAnnotationFilesOnOk() throws IOException {
		long perSpans = goldSpanLabels().stream().filter("PER"::equals).count();
		questions.text = "PERSON";

		select("PER");
		click(Messages.LabelSetDialog_rename);
		click(IDialogConstants.OK_LABEL);

		List<String> labels = goldSpanLabels();
		assertFalse(labels.contains("PER"), "PER is still in the gold files");
		assertEquals(perSpans, labels.stream().filter("PERSON"::equals).count());
		ProjectFolder reopened = ProjectFolder.open(folder);
		assertEquals(List.of(), reopened.problems());
		assertTrue(reopened.label("PERSON").isPresent());
	}

	@Test
	void aHotkeyThatAnotherLabelHasIsRefusedWithTheReasonInTheErrorArea() {
		questions.text = "p";

		select("ORG");
		click(Messages.LabelSetDialog_hotkey);

		assertEquals("The hotkey p already applies the label PER", dialog.getErrorMessage());
		assertEquals("o", projectFolder.label("ORG").orElseThrow().getHotkey());
		assertEquals("o", row("ORG").getText(HOTKEY_COLUMN));
	}

	@Test
	void deletingLocAsksWhichLabelItsSpansGetSayingHowManyAndRelabelsTheFilesOnOk() throws IOException {
		List<String> before = goldSpanLabels();
		long locSpans = before.stream().filter("LOC"::equals).count();
		long orgSpans = before.stream().filter("ORG"::equals).count();
		questions.replacement = "ORG";

		select("LOC");
		click(Messages.LabelSetDialog_delete);

		assertTrue(questions.question.startsWith(locSpans + " spans of the project are labeled LOC"), questions.question);
		assertEquals(List.of("PER", "ORG", "DATE"), questions.candidates);
		assertEquals(Long.toString(locSpans + orgSpans), row("ORG").getText(SPANS_COLUMN));
		assertNull(dialog.getErrorMessage());
		click(IDialogConstants.OK_LABEL);

		List<String> after = goldSpanLabels();
		assertFalse(after.contains("LOC"), "LOC is still in the gold files");
		assertEquals(locSpans + orgSpans, after.stream().filter("ORG"::equals).count());
		ProjectFolder reopened = ProjectFolder.open(folder);
		assertEquals(List.of(), reopened.problems());
		assertTrue(reopened.label("LOC").isEmpty());
	}

	@Test
	void cancellingTheReplacementQuestionKeepsTheLabel() {
		long locSpans = spansLabeled("LOC");
		questions.replacement = null;

		select("LOC");
		click(Messages.LabelSetDialog_delete);

		assertTrue(projectFolder.label("LOC").isPresent());
		assertEquals(locSpans, spansLabeled("LOC"));
	}

	@Test
	void cancelUndoesEveryChangeAndLeavesTheFilesAsTheyWere() throws IOException {
		Map<Path, String> filesBefore = projectFiles();
		long locSpans = spansLabeled("LOC");
		String dateColour = projectFolder.label("DATE").orElseThrow().getColour();
		questions.text = "PERSON";
		select("PER");
		click(Messages.LabelSetDialog_rename);
		questions.replacement = "ORG";
		select("LOC");
		click(Messages.LabelSetDialog_delete);
		questions.colour = new RGB(0x12, 0x34, 0x56);
		select("DATE");
		click(Messages.LabelSetDialog_colour);

		click(IDialogConstants.CANCEL_LABEL);

		assertEquals(Window.CANCEL, dialog.getReturnCode());
		assertEquals(List.of("PER", "ORG", "LOC", "DATE"), projectFolder.project().getLabelSets().get(0).getLabels().stream().map(Label::getName).toList());
		assertEquals(locSpans, spansLabeled("LOC"));
		assertEquals(dateColour, projectFolder.label("DATE").orElseThrow().getColour());
		assertEquals(filesBefore, projectFiles());
	}

	@Test
	void anOpenEditorShowsTheReplacementLabelOnceLocIsDeleted() throws CoreException {
		ArticleEditor editor = workspace.open(SampleWorkspace.ARTICLE_000);
		editor.showAnnotator(SampleCorpus.GOLD_ANNOTATOR);
		questions.replacement = "ORG";

		select("LOC");
		click(Messages.LabelSetDialog_delete);
		click(IDialogConstants.OK_LABEL);
		SampleWorkspace.processEvents();

		List<String> shown = Arrays.stream(editor.getTextWidget().getStyleRanges()).map(range -> ((Label) range.data).getName()).toList();
		assertFalse(shown.contains("LOC"), "the editor still shows LOC spans");
		assertTrue(shown.contains("ORG"));
		assertFalse(editor.isDirty());
	}

	private void select(String labelName) {
		Table table = Widgets.all(dialog.getShell(), Table.class).get(0);
		TableItem item = row(labelName);
		table.setSelection(item);
		Event event = new Event();
		event.item = item;
		table.notifyListeners(SWT.Selection, event);
	}

	private TableItem row(String labelName) {
		Table table = Widgets.all(dialog.getShell(), Table.class).get(0);
		return Arrays.stream(table.getItems()).filter(item -> item.getText(NAME_COLUMN).equals(labelName)).findFirst()
				.orElseThrow(() -> new AssertionError("no row for " + labelName));
	}

	private void click(String buttonText) {
		Button button = Widgets.all(dialog.getShell(), Button.class).stream().filter(candidate -> candidate.getText().equals(buttonText)).findFirst()
				.orElseThrow(() -> new AssertionError("no button " + buttonText));
		button.notifyListeners(SWT.Selection, new Event());
	}

	/** @return the label column of every span line in the gold annotator's files on disk */
	private List<String> goldSpanLabels() throws IOException {
		List<String> labels = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder.resolve(ProjectFolder.ANNOTATIONS).resolve(SampleCorpus.GOLD_ANNOTATOR))) {
			for (Path file : files.sorted().toList()) {
				Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> line.startsWith("span\t")).forEach(line -> labels.add(line.split("\t")[3]));
			}
		}
		return labels;
	}

	private Map<Path, String> projectFiles() throws IOException {
		Map<Path, String> contents = new TreeMap<>();
		contents.put(folder.resolve(ProjectFolder.DESCRIPTOR), Files.readString(folder.resolve(ProjectFolder.DESCRIPTOR)));
		try (Stream<Path> files = Files.walk(folder.resolve(ProjectFolder.ANNOTATIONS))) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				contents.put(file, Files.readString(file));
			}
		}
		return contents;
	}

	private long spansLabeled(String labelName) {
		return projectFolder.project().getArticles().stream().flatMap(article -> article.getAnnotationSets().stream())
				.flatMap(set -> set.getSpans().stream()).filter(span -> span.getLabel().getName().equals(labelName)).count();
	}

	/** Answers the dialog's questions as a test sets them, without opening any window. */
	private static final class ScriptedQuestions implements LabelSetDialog.Questions {
		LabelSetDialog.NewLabel newLabel;
		String text;
		RGB colour;
		/** The name of the label to give the spans, or null to cancel. */
		String replacement;
		String question;
		List<String> candidates;

		@Override
		public Optional<LabelSetDialog.NewLabel> newLabel(Shell parent) {
			return Optional.ofNullable(newLabel);
		}

		@Override
		public Optional<String> text(Shell parent, String title, String message, String initial) {
			return Optional.ofNullable(text);
		}

		@Override
		public Optional<RGB> colour(Shell parent, RGB initial) {
			return Optional.ofNullable(colour);
		}

		@Override
		public Optional<Label> replacement(Shell parent, String asked, List<Label> offered) {
			question = asked;
			candidates = offered.stream().map(Label::getName).toList();
			return offered.stream().filter(label -> label.getName().equals(replacement)).findFirst();
		}
	}
}
