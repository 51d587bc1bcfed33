package org.hashiya.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.hashiya.core.ProjectFolder;
import org.hashiya.core.SampleProject;
import org.hashiya.core.editing.LabelInUseException;
import org.hashiya.core.editing.LabelSetCommands;
import org.hashiya.model.AnnotationSet;
import org.hashiya.model.Annotator;
import org.hashiya.model.Article;
import org.hashiya.model.HashiyaFactory;
import org.hashiya.model.Label;
import org.hashiya.model.LabelSet;
import org.hashiya.model.Span;
import org.hashiya.model.Suggestion;
import org.hashiya.model.SuggestionState;
import org.hashiya.model.TextRegion;
import org.hashiya.samples.SampleCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

class LabelSetCommandsTest {

	/** Gold DATE spans in the four sample articles: 12 + 3 + 8 + 8. */
	private static final int GOLD_DATES = 31;
	/** Gold ORG spans in the four sample articles: 22 + 12 + 13 + 25. */
	private static final int GOLD_ORGS = 72;
	private static final String ARTICLE = "001_8756b9d378ace8d0";

	@TempDir
	Path folder;

	private ProjectFolder project;
	private LabelSet labelSet;
	private BasicCommandStack stack;
	private LabelSetCommands commands;

	@BeforeEach
	void openSampleProject() throws IOException {
		project = SampleProject.create(folder);
		labelSet = project.project().getLabelSets().get(0);
		stack = new BasicCommandStack();
		commands = new LabelSetCommands(new AdapterFactoryEditingDomain(new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), stack),
				project.project());
	}

	@Test
	void anAddedLabelAppearsAfterTheOthersWithItsColourHotkeyAndDescription() {
		Command add = commands.add(labelSet, "MISC", "#C0C0C0", "m", "  Other names: events, works, nationalities  ");
		execute(add);

		Label misc = project.label("MISC").orElseThrow();
		assertEquals(List.of("PER", "ORG", "LOC", "DATE", "MISC"), names());
		assertSame(misc, add.getResult().iterator().next());
		assertEquals("#C0C0C0", misc.getColour());
		assertEquals("m", misc.getHotkey());
		assertEquals("Other names: events, works, nationalities", misc.getDescription());
	}

	@Test
	void addingALabelIsUndone() {
		execute(commands.add(labelSet, "MISC", "#C0C0C0", null, null));

		stack.undo();

		assertEquals(List.of("PER", "ORG", "LOC", "DATE"), names());
	}

	@Test
	void aLabelWithoutHotkeyOrDescriptionHasNone() {
		execute(commands.add(labelSet, "MISC", "#c0c0c0", " ", ""));

		Label misc = project.label("MISC").orElseThrow();
		assertNull(misc.getHotkey());
		assertNull(misc.getDescription());
	}

	@Test
	void aColourNameIsRefusedAsAColour() {
		assertRefused(() -> commands.add(labelSet, "MISC", "red", "m", null), "'red' is not a colour: write it as #RRGGBB");
	}

	@Test
	void aColourWithFiveHexDigitsIsRefused() {
		assertRefused(() -> commands.add(labelSet, "MISC", "#12345", "m", null), "'#12345' is not a colour: write it as #RRGGBB");
	}

	@Test
	void aTwoLetterHotkeyIsRefused() {
		assertRefused(() -> commands.add(labelSet, "MISC", "#C0C0C0", "mi", null), "'mi' cannot be a hotkey: use one letter");
	}

	@Test
	void aDigitHotkeyIsRefusedBecauseTheDigitsApplyTheLabelsInTheirOrder() {
		assertRefused(() -> commands.add(labelSet, "MISC", "#C0C0C0", "5", null), "'5' cannot be a hotkey: use one letter (the digits 1–9 apply the labels in their order)");
	}

	@Test
	void aHotkeyOfAnotherLabelIsRefusedNamingThatLabel() {
		assertRefused(() -> commands.add(labelSet, "MISC", "#C0C0C0", "p", null), "The hotkey p already applies the label PER");
	}

	@Test
	void aHotkeyDifferingFromAnotherOnlyInCaseIsTheSameHotkey() {
		assertRefused(() -> commands.add(labelSet, "MISC", "#C0C0C0", "P", null), "The hotkey p already applies the label PER");
	}

	@Test
	void aDuplicateNameIsRefused() {
		assertRefused(() -> commands.add(labelSet, "LOC", "#C0C0C0", "m", null), "The project already has a label named LOC");
	}

	@Test
	void aNameWithASpaceIsRefusedBecauseNamesGoIntoTabSeparatedFilesAndTags() {
		assertRefused(() -> commands.add(labelSet, "PER NAME", "#C0C0C0", "m", null), "'PER NAME' cannot name a label");
	}

	@Test
	void anArabicLabelNameIsAccepted() {
		execute(commands.add(labelSet, "شخص", "#C0C0C0", "ش", null));

		assertEquals("ش", project.label("شخص").orElseThrow().getHotkey());
	}

	@Test
	void aLabelKeepsItsOwnHotkeyAndNameWhenTheyAreSetAgain() {
		Label per = label("PER");

		execute(commands.setHotkey(per, "P"));
		execute(commands.rename(per, "PER"));

		assertEquals("p", per.getHotkey());
		assertEquals("PER", per.getName());
	}

	@Test
	void aBlankHotkeyRemovesTheHotkeyAndFreesItForAnotherLabel() {
		execute(commands.setHotkey(label("PER"), ""));
		execute(commands.setHotkey(label("ORG"), "p"));

		assertNull(label("PER").getHotkey());
		assertEquals("p", label("ORG").getHotkey());
	}

	@Test
	void aColourIsStoredInCapitalsWhetherTheLabelIsAddedOrChanged() {
		execute(commands.add(labelSet, "MISC", "#c0c0c0", "m", null));
		execute(commands.setColour(label("PER"), "#ffc8a0"));

		assertEquals("#C0C0C0", label("MISC").getColour());
		assertEquals("#FFC8A0", label("PER").getColour());
	}

	@Test
	void aBadColourIsRefusedForAnExistingLabel() {
		assertRefused(() -> commands.setColour(label("PER"), "orange"), "'orange' is not a colour");
		assertEquals("#FFC866", label("PER").getColour());
	}

	@Test
	void aBlankDescriptionRemovesTheDescription() {
		execute(commands.setDescription(label("DATE"), "  "));

		assertNull(label("DATE").getDescription());
	}

	@Test
	void aRenamedLabelIsWhatTheSavedAnnotationFilesAndTheReopenedProjectUse() throws IOException {
		Label loc = label("LOC");
		Article article = project.article(ARTICLE).orElseThrow();
		Annotator gold = project.annotator(SampleCorpus.GOLD_ANNOTATOR);
		List<int[]> locOffsets = project.findAnnotationSet(article, gold).orElseThrow().getSpans().stream()
				.filter(span -> span.getLabel() == loc).map(span -> new int[] { span.getBegin(), span.getEnd() }).toList();

		execute(commands.rename(loc, "GPE"));
		project.saveDescriptor();
		List<AnnotationSet> changed = project.annotationSetsUsing(List.of(loc));
		for (AnnotationSet set : changed) {
			project.save(set);
		}

		assertEquals(4, changed.size(), "every gold set has places");
		String goldFile = Files.readString(project.annotationFile(article, gold));
		assertTrue(goldFile.contains("span\t19\t24\tGPE\timported\t\tإيران\n"), goldFile);
		assertFalse(goldFile.contains("\tLOC\t"), goldFile);
		ProjectFolder reopened = ProjectFolder.open(folder);
		assertTrue(reopened.problems().isEmpty(), () -> "problems: " + reopened.problems());
		assertTrue(reopened.label("LOC").isEmpty());
		Label gpe = reopened.label("GPE").orElseThrow();
		List<int[]> gpeOffsets = reopened.findAnnotationSet(reopened.article(ARTICLE).orElseThrow(), reopened.annotator(SampleCorpus.GOLD_ANNOTATOR))
				.orElseThrow().getSpans().stream().filter(span -> span.getLabel() == gpe).map(span -> new int[] { span.getBegin(), span.getEnd() }).toList();
		assertEquals(38, gpeOffsets.size());
		assertEquals(render(locOffsets), render(gpeOffsets));
	}

	@Test
	void renamingToTheNameOfAnotherLabelIsRefused() {
		assertRefused(() -> commands.rename(label("LOC"), "ORG"), "The project already has a label named ORG");
	}

	@Test
	void theSpansUsingALabelAreCountedOverAllArticlesAndAnnotators() {
		AnnotationSet amal = project.annotationSet(project.article(ARTICLE).orElseThrow(), project.annotator("amal"));
		amal.getSpans().add(span(0, 4, label("DATE")));
		amal.getSuggestions().add(suggestion(5, 9, label("DATE")));

		assertEquals(GOLD_DATES + 1, commands.spansUsing(label("DATE")), "suggestions are not spans");
	}

	@Test
	void aLabelUsedByGoldSpansIsNotDeletedWithoutAReplacementAndTheErrorCountsTheSpans() {
		Label date = label("DATE");

		LabelInUseException error = assertThrows(LabelInUseException.class, () -> commands.delete(date, null));

		assertEquals(GOLD_DATES, error.spans());
		assertSame(date, error.label());
		assertTrue(error.getMessage().startsWith(GOLD_DATES + " span(s) are labeled DATE"), error.getMessage());
		assertEquals(List.of("PER", "ORG", "LOC", "DATE"), names());
	}

	@Test
	void deletingWithAReplacementRelabelsEverySpanInEveryArticleAsOneUndoableStep() {
		Label date = label("DATE");
		Label org = label("ORG");
		Map<Span, Label> before = labelsOfAllSpans();

		execute(commands.delete(date, org));

		assertEquals(List.of("PER", "ORG", "LOC"), names());
		assertEquals(0, commands.spansUsing(date));
		assertEquals(GOLD_ORGS + GOLD_DATES, commands.spansUsing(org));
		before.forEach((span, label) -> assertSame(label == date ? org : label, span.getLabel()));

		stack.undo();

		assertEquals(List.of("PER", "ORG", "LOC", "DATE"), names());
		assertSame(date, label("DATE"));
		assertEquals(GOLD_DATES, commands.spansUsing(date));
		before.forEach((span, label) -> assertSame(label, span.getLabel()));
		assertFalse(stack.canUndo(), "deleting the label and relabelling its spans were one step");
	}

	@Test
	void aLabelCannotReplaceItself() {
		assertThrows(IllegalArgumentException.class, () -> commands.delete(label("DATE"), label("DATE")));
	}

	@Test
	void anUnusedLabelIsDeleted() {
		execute(commands.add(labelSet, "MISC", "#C0C0C0", "m", null));
		Label misc = label("MISC");

		execute(commands.delete(misc, null));

		assertEquals(List.of("PER", "ORG", "LOC", "DATE"), names());
		assertTrue(project.label("MISC").isEmpty());
		stack.undo();
		assertSame(misc, label("MISC"));
	}

	@Test
	void deletingALabelUsedOnlyBySuggestionsDeletesTheSuggestionsAndUndoBringsThemBack() {
		execute(commands.add(labelSet, "MISC", "#C0C0C0", "m", null));
		Label misc = label("MISC");
		AnnotationSet amal = project.annotationSet(project.article(ARTICLE).orElseThrow(), project.annotator("amal"));
		Suggestion suggestion = suggestion(5, 9, misc);
		amal.getSuggestions().add(suggestion(0, 4, label("PER")));
		amal.getSuggestions().add(suggestion);

		execute(commands.delete(misc, null));

		assertEquals(1, amal.getSuggestions().size());
		assertFalse(amal.getSuggestions().contains(suggestion));
		stack.undo();
		assertEquals(2, amal.getSuggestions().size());
		assertSame(suggestion, amal.getSuggestions().get(1));
		assertSame(misc, suggestion.getLabel());
	}

	private void assertRefused(Executable creatingCommand, String expectedMessageStart) {
		List<String> namesBefore = names();
		List<String> hotkeysBefore = labelSet.getLabels().stream().map(Label::getHotkey).toList();

		IllegalArgumentException error = assertThrows(IllegalArgumentException.class, creatingCommand);

		assertTrue(error.getMessage().startsWith(expectedMessageStart), error.getMessage());
		assertEquals(namesBefore, names());
		assertEquals(hotkeysBefore, labelSet.getLabels().stream().map(Label::getHotkey).toList());
		assertFalse(stack.canUndo());
	}

	/** Executes through the stack, which would otherwise skip an unexecutable command silently. */
	private void execute(Command command) {
		assertTrue(command.canExecute(), () -> command.getLabel() + " cannot execute");
		stack.execute(command);
		assertSame(command, stack.getMostRecentCommand(), () -> command.getLabel() + " was not executed");
	}

	private Map<Span, Label> labelsOfAllSpans() {
		Map<Span, Label> labels = new IdentityHashMap<>();
		project.project().getArticles().stream().flatMap(article -> article.getAnnotationSets().stream())
				.flatMap(set -> set.getSpans().stream()).forEach(span -> labels.put(span, span.getLabel()));
		assertEquals(116 + 66 + 59 + 156, labels.size());
		return labels;
	}

	private List<String> names() {
		return labelSet.getLabels().stream().map(Label::getName).toList();
	}

	private Label label(String name) {
		return project.label(name).orElseThrow();
	}

	private static Span span(int begin, int end, Label label) {
		Span span = HashiyaFactory.eINSTANCE.createSpan();
		region(span, begin, end, label);
		return span;
	}

	private static Suggestion suggestion(int begin, int end, Label label) {
		Suggestion suggestion = HashiyaFactory.eINSTANCE.createSuggestion();
		region(suggestion, begin, end, label);
		suggestion.setScore(0.5);
		suggestion.setSource("gazetteer");
		suggestion.setState(SuggestionState.PENDING);
		return suggestion;
	}

	private static void region(TextRegion region, int begin, int end, Label label) {
		region.setBegin(begin);
		region.setEnd(end);
		region.setLabel(label);
	}

	private static String render(List<int[]> offsets) {
		return String.join(" ", offsets.stream().map(pair -> pair[0] + "-" + pair[1]).toList());
	}
}
