package org.hashiya.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.hashiya.core.ProjectFolder;
import org.hashiya.core.editing.Words;
import org.hashiya.model.AnnotationSet;
import org.hashiya.model.AnnotationStatus;
import org.hashiya.model.Article;
import org.hashiya.model.HashiyaFactory;
import org.hashiya.model.Label;
import org.hashiya.model.Span;
import org.hashiya.model.SpanOrigin;
import org.hashiya.samples.SampleCorpus;
import org.hashiya.ui.ArticleEditor;
import org.hashiya.ui.internal.AnnotatorPreference;
import org.hashiya.ui.internal.HashiyaUiPlugin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor's speed on a long article: a 500,000-character article built from the sample texts,
 * with 20,000 spans. Prints how long the editor takes to show it, to add a span and to undo, next
 * to the floor (a bare StyledText showing the same text and styles), and writes the same figures to
 * {@code target/benchmark-results.txt}.
 *
 * <p>Every step is timed from the call until the text widget has painted and no event is pending
 * (StyledText measures the wrapped lines in events of its own, so "laid out" is included). On GTK a
 * widget paints at the display's next frame, so a step's wall-clock time includes a wait of up to
 * one frame; the <em>work</em> figure leaves those waits out and is what the one-frame target is
 * about. Work that views do later, on timers of their own, is measured separately after each step,
 * so that it never lands in the next step's figure.</p>
 *
 * <p>A benchmark, not a test: missing a target is printed, never fails the build; only a wrong
 * set-up does. It is left out of the normal test run; {@code ./hashiya bench} (Maven profile
 * {@code bench}) runs it alone.</p>
 */
class EditorBenchmark {

	static final int TEXT_LENGTH = 500_000;
	static final int SPAN_COUNT = 20_000;
	static final int OPENS = Integer.getInteger("hashiya.benchmark.opens", 5);
	static final int FLOORS = 5;
	static final int ADDS = Integer.getInteger("hashiya.benchmark.adds", 200);
	static final String ANNOTATOR = "bench";
	static final String ARTICLE = "bench_500k";
	/** Targets: open within twice the floor, a span added within one frame at 60 Hz. */
	static final double OPEN_TARGET_RATIO = 2.0;
	static final double ADD_TARGET_MILLIS = 16.0;
	/** Words restyled in the bare widget for the floor of an add. */
	private static final int RESTYLES = 50;

	/** A step not painted by then is a broken benchmark, not a slow editor. */
	private static final long PAINT_TIMEOUT = TimeUnit.SECONDS.toNanos(60);
	/** After a step, views may catch up on timers of their own (the Outline waits 150 ms): wait this long for them. */
	private static final long LATER = TimeUnit.MILLISECONDS.toNanos(250);
	private static final long SILENCE = TimeUnit.MILLISECONDS.toNanos(50);
	private static final long LATER_AT_MOST = TimeUnit.SECONDS.toNanos(10);
	private static final String[] TOP_UP_LABELS = { "PER", "ORG", "LOC", "DATE" };
	/** The lines printed, written to the results file at the end. */
	private static final List<String> REPORT = new ArrayList<>();

	@TempDir
	Path samples;

	private final Display display = Display.getCurrent();
	/** The widgets painted since the step began. */
	private final Set<Widget> painted = Collections.newSetFromMap(new IdentityHashMap<>());
	private final Listener paints = event -> painted.add(event.widget);
	private IProject project;
	private IWorkbenchPage page;
	private IEclipsePreferences preferences;
	private String previousAnnotator;
	/** Unlabeled whole words, in text order. */
	private List<int[]> freeWords;

	@BeforeEach
	void writeTheBenchmarkProject() throws Exception {
		String name = "hashiya-bench-" + UUID.randomUUID();
		Path folder = ResourcesPlugin.getWorkspace().getRoot().getLocation().append(name).toFile().toPath();
		Files.createDirectories(folder);
		Corpus corpus = Corpus.build(samples);
		Files.writeString(folder.resolve(ARTICLE + ".txt"), corpus.text, StandardCharsets.UTF_8);

		ProjectFolder projectFolder = ProjectFolder.create(folder, name);
		Article article = projectFolder.article(ARTICLE).orElseThrow();
		assertEquals(TEXT_LENGTH, article.getText().length(), "article length");
		AnnotationSet set = projectFolder.annotationSet(article, projectFolder.annotator(ANNOTATOR));
		set.setStatus(AnnotationStatus.IN_PROGRESS);
		List<Span> spans = new ArrayList<>(SPAN_COUNT);
		for (Corpus.Region region : corpus.spans) {
			Span span = HashiyaFactory.eINSTANCE.createSpan();
			span.setBegin(region.begin());
			span.setEnd(region.end());
			span.setLabel(projectFolder.label(region.label()).orElseThrow(() -> new AssertionError("no label " + region.label())));
			span.setOrigin(SpanOrigin.MANUAL);
			spans.add(span);
		}
		set.getSpans().addAll(spans);
		assertEquals(SPAN_COUNT, set.getSpans().size(), "spans written");
		projectFolder.save(set);
		freeWords = corpus.freeWords;

		project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		project.create(null);
		project.open(null);
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

		// The editor opens showing the benchmark's annotator, so opening includes styling all spans.
		preferences = InstanceScope.INSTANCE.getNode(HashiyaUiPlugin.ID);
		previousAnnotator = preferences.get(AnnotatorPreference.KEY, null);
		preferences.put(AnnotatorPreference.KEY, ANNOTATOR);
		display.addFilter(SWT.Paint, paints);
	}

	@AfterEach
	void deleteTheProject() throws Exception {
		display.removeFilter(SWT.Paint, paints);
		page.closeAllEditors(false);
		if (previousAnnotator == null) {
			preferences.remove(AnnotatorPreference.KEY);
		} else {
			preferences.put(AnnotatorPreference.KEY, previousAnnotator);
		}
		project.delete(true, true, null);
	}

	@Test
	void editorSpeedOnALongArticle() throws Exception {
		IFile file = project.getFile(ARTICLE + ".txt");
		REPORT.clear();
		quiet();

		// (a) open: until the text is laid out and painted, all 20,000 spans styled
		Step[] opens = new Step[OPENS];
		ArticleEditor[] opened = new ArticleEditor[1];
		for (int run = 0; run < OPENS; run++) {
			if (opened[0] != null) {
				page.closeEditor(opened[0], false);
				quiet();
			}
			opens[run] = step(() -> opened[0] = open(file), () -> opened[0] == null ? null : opened[0].getTextWidget());
			checkSetUp(opened[0]);
		}
		ArticleEditor editor = opened[0];
		StyledText text = editor.getTextWidget();
		String views = visibleViews();

		// (b) the floor: a bare StyledText showing the same text with the same styles
		int[] ranges = text.getRanges();
		StyleRange[] styles = text.getStyleRanges(false);
		assertTrue(styles.length >= SPAN_COUNT, "the editor shows " + styles.length + " styles for " + SPAN_COUNT + " spans");
		Step[] floors = new Step[FLOORS];
		for (int run = 0; run < FLOORS; run++) {
			floors[run] = floor(text, ranges, styles);
		}

		// (c) add a span: select an unlabeled word (not timed) and label it
		Label label = editor.getProject().label("PER").orElseThrow();
		List<int[]> words = wordsToLabel();
		Step[] restyles = restyleFloor(text, ranges, styles, words);
		Step[] adds = new Step[ADDS];
		for (int run = 0; run < ADDS; run++) {
			reveal(text, words.get(run));
			adds[run] = step(() -> editor.applyLabel(label, true), () -> text);
		}
		assertEquals(SPAN_COUNT + ADDS, editor.spans().size(), "spans after adding");

		// (d) undo the adds one by one, each in view (the editor does not scroll to what undo changes)
		CommandStack stack = editor.getEditingDomain().getCommandStack();
		Step[] undos = new Step[ADDS];
		for (int run = 0; run < ADDS; run++) {
			assertTrue(stack.canUndo(), "nothing to undo");
			reveal(text, words.get(ADDS - 1 - run));
			undos[run] = step(stack::undo, () -> text);
		}
		assertEquals(SPAN_COUNT, editor.spans().size(), "spans after undoing");
		assertFalse(editor.isDirty(), "dirty after undoing every add");

		double floor = median(floors, Step::latency);
		double open = median(Arrays.copyOfRange(opens, 1, OPENS), Step::latency);
		double add = median(adds, Step::work);
		line("Hashiya editor benchmark: %,d characters, %,d spans (%,d style ranges); text widget %dx%d px; Java %s; %d processors",
				text.getCharCount(), SPAN_COUNT, styles.length, text.getSize().x, text.getSize().y, System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors());
		line("views open: %s", views);
		line("");
		line("                                      ms   x floor");
		line("open, first (also loads the project) %9.1f  %6.2f", opens[0].latency(), opens[0].latency() / floor);
		line("open, median of the next %d          %9.1f  %6.2f   all: %s", OPENS - 1, open, open / floor, list(opens, Step::latency));
		line("floor: bare StyledText, median      %9.1f  %6.2f   all: %s", floor, 1.0, list(floors, Step::latency));
		line("add span, work, median              %9.1f  %6.3f", add, add / floor);
		line("floor of an add: bare StyledText restyling the same word, median/p95 %.1f / %.1f ms (%d words)", median(restyles, Step::work),
				percentile(restyles, Step::work, 95), RESTYLES);
		line("add span, work, p95                 %9.1f  %6.3f   of %d", percentile(adds, Step::work, 95), percentile(adds, Step::work, 95) / floor, ADDS);
		line("add span, until painted, median/p95 %9.1f / %.1f   (work plus the wait for the next frame)", median(adds, Step::latency), percentile(adds, Step::latency, 95));
		line("undo, work, median                  %9.1f  %6.3f", median(undos, Step::work), median(undos, Step::work) / floor);
		line("undo, work, p95                     %9.1f  %6.3f   of %d", percentile(undos, Step::work, 95), percentile(undos, Step::work, 95) / floor, ADDS);
		line("undo, until painted, median/p95     %9.1f / %.1f", median(undos, Step::latency), percentile(undos, Step::latency, 95));
		line("later work (views catching up) after an add, median/p95 %.1f / %.1f ms; after an undo %.1f / %.1f ms; after an open %.1f ms",
				median(adds, Step::later), percentile(adds, Step::later, 95), median(undos, Step::later), percentile(undos, Step::later, 95),
				median(Arrays.copyOfRange(opens, 1, OPENS), Step::later));
		line("");
		line("target: open <= %.0f x floor       %s (%.2f x)", OPEN_TARGET_RATIO, open <= OPEN_TARGET_RATIO * floor ? "PASS" : "MISS", open / floor);
		line("target: add span median <= %.0f ms %s (%.1f ms)", ADD_TARGET_MILLIS, add <= ADD_TARGET_MILLIS ? "PASS" : "MISS", add);
		writeResults();
	}

	/**
	 * One timed step.
	 *
	 * @param work    milliseconds the UI thread worked from the call until the widget was painted
	 * @param latency milliseconds from the call until the widget was painted, waits for the next frame included
	 * @param later   milliseconds the UI thread worked afterwards, until no event came for a while
	 */
	private record Step(double work, double latency, double later) {
	}

	/**
	 * Runs {@code change}, then the event loop until {@code widget} has painted and no event is
	 * pending, then until no event comes for a while.
	 */
	private Step step(ThrowingRunnable change, Supplier<StyledText> widget) throws Exception {
		painted.clear();
		long start = System.nanoTime();
		long waited = 0;
		change.run();
		StyledText shown = widget.get();
		while (true) {
			while (display.readAndDispatch()) {
				// until idle
			}
			if (shown == null) {
				shown = widget.get();
			}
			if (shown != null && painted.contains(shown)) {
				break;
			}
			long before = System.nanoTime();
			assertTrue(before - start < PAINT_TIMEOUT, "not painted within " + TimeUnit.NANOSECONDS.toSeconds(PAINT_TIMEOUT) + " s");
			Thread.sleep(1);
			waited += System.nanoTime() - before;
		}
		long end = System.nanoTime();
		return new Step((end - start - waited) / 1e6, (end - start) / 1e6, quiet() / 1e6);
	}

	private interface ThrowingRunnable {
		void run() throws Exception;
	}

	/**
	 * Runs the event loop for {@link #LATER} and then until no event came for {@link #SILENCE}
	 * (periodic events such as the caret's blinking do not keep it going).
	 *
	 * @return the nanoseconds spent on events
	 */
	private long quiet() throws InterruptedException {
		long start = System.nanoTime();
		long lastEvent = start;
		long busy = 0;
		while (true) {
			long now = System.nanoTime();
			if (now - start >= LATER && now - lastEvent >= SILENCE || now - start >= LATER_AT_MOST) {
				return busy;
			}
			if (display.readAndDispatch()) {
				lastEvent = System.nanoTime();
				busy += lastEvent - now;
			} else {
				Thread.sleep(1);
			}
		}
	}

	private ArticleEditor open(IFile file) throws PartInitException {
		return (ArticleEditor) IDE.openEditor(page, file, ArticleEditor.ID);
	}

	/** The floor once: a fresh StyledText like the editor's, timed from setText until painted. */
	private Step floor(StyledText like, int[] ranges, StyleRange[] styles) throws Exception {
		StyledText bare = bareLike(like);
		String content = like.getText();
		try {
			Step step = step(() -> {
				bare.setText(content);
				bare.setStyleRanges(ranges, styles);
			}, () -> bare);
			assertEquals(styles.length, bare.getStyleRanges(false).length, "styles in the floor widget");
			return step;
		} finally {
			bare.getShell().dispose();
			quiet();
		}
	}

	/**
	 * The floor of adding a span: in a bare StyledText showing the same text and styles, giving one
	 * word a background with {@code replaceStyleRanges} (what the editor does), timed until painted.
	 */
	private Step[] restyleFloor(StyledText like, int[] ranges, StyleRange[] styles, List<int[]> words) throws Exception {
		StyledText bare = bareLike(like);
		try {
			bare.setText(like.getText());
			bare.setStyleRanges(ranges, styles);
			quiet();
			Step[] restyles = new Step[RESTYLES];
			for (int run = 0; run < RESTYLES; run++) {
				int[] word = words.get(run);
				reveal(bare, word);
				StyleRange style = new StyleRange(word[0], word[1] - word[0], styles[0].foreground, styles[0].background);
				restyles[run] = step(() -> bare.replaceStyleRanges(word[0], word[1] - word[0], new StyleRange[] { style }), () -> bare);
			}
			return restyles;
		} finally {
			bare.getShell().dispose();
			quiet();
		}
	}

	/** @return a StyledText with the font, margins, spacing, size and place of {@code like}, in a shell of its own, painted */
	private StyledText bareLike(StyledText like) throws InterruptedException {
		Shell shell = new Shell(display, SWT.NO_TRIM | SWT.ON_TOP);
		shell.setLayout(new FillLayout());
		StyledText bare = new StyledText(shell, SWT.MULTI | SWT.V_SCROLL | SWT.WRAP | SWT.READ_ONLY | SWT.RIGHT_TO_LEFT);
		bare.setFont(like.getFont());
		bare.setMargins(like.getLeftMargin(), like.getTopMargin(), like.getRightMargin(), like.getBottomMargin());
		bare.setLineSpacing(like.getLineSpacing());
		Point size = like.getSize();
		Point location = like.toDisplay(0, 0);
		shell.setBounds(location.x, location.y, size.x, size.y);
		shell.open();
		quiet();
		return bare;
	}

	/** Selects the word and scrolls it into view, then waits until all is painted. */
	private void reveal(StyledText text, int[] word) throws InterruptedException {
		text.setSelection(word[0], word[1]);
		quiet();
	}

	/** @return unlabeled words after the middle of the article, where an annotator would be at work */
	private List<int[]> wordsToLabel() {
		List<int[]> words = freeWords.stream().filter(word -> word[0] >= TEXT_LENGTH / 2).limit(ADDS).toList();
		assertEquals(ADDS, words.size(), "unlabeled words to add spans on");
		return words;
	}

	private void checkSetUp(ArticleEditor editor) {
		assertEquals(ANNOTATOR, editor.getShownAnnotator(), "shown annotator");
		assertEquals(SPAN_COUNT, editor.spans().size(), "spans in the editor");
		assertEquals(TEXT_LENGTH, editor.getTextWidget().getCharCount(), "characters in the editor");
	}

	private String visibleViews() {
		return Arrays.stream(page.getViewReferences()).filter(view -> view.getPart(false) != null && page.isPartVisible(view.getPart(false)))
				.map(view -> view.getPartName()).collect(Collectors.joining(", "));
	}

	private static void line(String format, Object... arguments) {
		String line = String.format(Locale.ROOT, format, arguments);
		REPORT.add(line);
		System.out.println(line);
		System.out.flush();
	}

	private static void writeResults() throws IOException {
		Path results = Path.of(System.getProperty("hashiya.benchmark.results", "target/benchmark-results.txt")).toAbsolutePath();
		Files.createDirectories(results.getParent());
		Files.write(results, REPORT, StandardCharsets.UTF_8);
		System.out.println("Benchmark results written to " + results);
	}

	private static double median(Step[] steps, ToDoubleFunction<Step> figure) {
		double[] sorted = Arrays.stream(steps).mapToDouble(figure).sorted().toArray();
		int middle = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	/** @return the nearest-rank percentile */
	private static double percentile(Step[] steps, ToDoubleFunction<Step> figure, int percent) {
		double[] sorted = Arrays.stream(steps).mapToDouble(figure).sorted().toArray();
		int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
		return sorted[Math.max(0, rank - 1)];
	}

	private static String list(Step[] steps, ToDoubleFunction<Step> figure) {
		return Arrays.stream(steps).mapToDouble(figure).mapToObj(value -> String.format(Locale.ROOT, "%.1f", value)).collect(Collectors.joining(", "));
	}

	/**
	 * The benchmark's data: the sample articles repeated up to exactly {@link #TEXT_LENGTH}
	 * characters, the gold spans shifted to every copy, topped up with spans on further whole words
	 * (or trimmed) to exactly {@link #SPAN_COUNT} non-overlapping spans.
	 */
	static final class Corpus {

		record Region(int begin, int end, String label) {
		}

		private static final String SEPARATOR = "\n\n";

		final String text;
		final List<Region> spans;
		/** Whole words that no span touches, in text order. */
		final List<int[]> freeWords;

		private Corpus(String text, List<Region> spans, List<int[]> freeWords) {
			this.text = text;
			this.spans = spans;
			this.freeWords = freeWords;
		}

		static Corpus build(Path folder) throws IOException {
			List<Path> articles = SampleCorpus.copyArticlesTo(folder.resolve("articles"));
			List<Path> gold = SampleCorpus.copyGoldSpansTo(folder.resolve("gold"));
			List<String> texts = new ArrayList<>();
			List<List<Region>> goldSpans = new ArrayList<>();
			for (int index = 0; index < articles.size(); index++) {
				String articleText = Files.readString(articles.get(index), StandardCharsets.UTF_8);
				texts.add(articleText);
				List<Region> regions = new ArrayList<>();
				for (String line : Files.readAllLines(gold.get(index), StandardCharsets.UTF_8)) {
					String[] columns = line.split("\t", -1);
					if (columns[0].equals("begin")) {
						continue;
					}
					Region region = new Region(Integer.parseInt(columns[0]), Integer.parseInt(columns[1]), columns[2]);
					assertEquals(columns[3], articleText.substring(region.begin(), region.end()), "gold span text in " + articles.get(index));
					regions.add(region);
				}
				goldSpans.add(regions);
			}

			// The articles again and again, each copy with its gold spans moved along.
			StringBuilder built = new StringBuilder(TEXT_LENGTH + 20_000);
			List<Region> candidates = new ArrayList<>();
			for (int copy = 0; built.length() < TEXT_LENGTH; copy++) {
				int article = copy % texts.size();
				int offset = built.length();
				built.append(texts.get(article)).append(SEPARATOR);
				goldSpans.get(article).forEach(region -> candidates.add(new Region(region.begin() + offset, region.end() + offset, region.label())));
			}
			// Cut at whitespace, never inside a word, and pad with spaces to the exact length.
			int cut = TEXT_LENGTH;
			while (cut > 0 && cut < built.length() && !Character.isWhitespace(built.charAt(cut)) && !Character.isWhitespace(built.charAt(cut - 1))) {
				cut--;
			}
			String text = built.substring(0, cut) + " ".repeat(TEXT_LENGTH - cut);
			int length = cut;

			// Non-overlapping gold spans inside the text.
			candidates.sort(Comparator.comparingInt(Region::begin).thenComparingInt(Region::end));
			List<Region> spans = new ArrayList<>();
			int coveredTo = 0;
			for (Region region : candidates) {
				if (region.end() <= length && region.begin() >= coveredTo) {
					spans.add(region);
					coveredTo = region.end();
				}
			}
			if (spans.size() > SPAN_COUNT) {
				spans.subList(SPAN_COUNT, spans.size()).clear();
			}

			// Top up with spans on whole words that no span touches, spread evenly over the text.
			List<int[]> free = freeWords(text, spans);
			int missing = SPAN_COUNT - spans.size();
			if (missing > 0) {
				if (free.size() < 2 * missing) {
					throw new AssertionError("only " + free.size() + " free words for " + missing + " more spans");
				}
				double step = (double) free.size() / missing;
				List<int[]> chosen = new ArrayList<>();
				for (int index = 0; index < missing; index++) {
					chosen.add(free.get((int) (index * step)));
				}
				for (int index = 0; index < chosen.size(); index++) {
					int[] word = chosen.get(index);
					spans.add(new Region(word[0], word[1], TOP_UP_LABELS[index % TOP_UP_LABELS.length]));
				}
				spans.sort(Comparator.comparingInt(Region::begin));
				free = freeWords(text, spans);
			}
			assertEquals(TEXT_LENGTH, text.length(), "text length");
			assertEquals(SPAN_COUNT, spans.size(), "span count");
			for (int index = 1; index < spans.size(); index++) {
				assertTrue(spans.get(index - 1).end() <= spans.get(index).begin(), "spans overlap at " + spans.get(index).begin());
			}
			return new Corpus(text, spans, free);
		}

		/** @return the words (runs of word characters) that no span touches */
		private static List<int[]> freeWords(String text, List<Region> sortedSpans) {
			List<int[]> words = new ArrayList<>();
			int next = 0;
			int offset = 0;
			while (offset < text.length()) {
				if (!Words.isWordCharacter(text.charAt(offset))) {
					offset++;
					continue;
				}
				int end = offset;
				while (end < text.length() && Words.isWordCharacter(text.charAt(end))) {
					end++;
				}
				while (next < sortedSpans.size() && sortedSpans.get(next).end() <= offset) {
					next++;
				}
				if (next >= sortedSpans.size() || sortedSpans.get(next).begin() >= end) {
					words.add(new int[] { offset, end });
				}
				offset = end;
			}
			return words;
		}
	}
}
