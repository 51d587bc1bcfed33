package org.hashiya.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableEditor;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.hashiya.core.LoadProblem;
import org.hashiya.core.ProjectFolder;
import org.hashiya.core.curation.Curation;
import org.hashiya.core.editing.AnnotationCommands;
import org.hashiya.core.editing.Range;
import org.hashiya.core.editing.SpanSnapping;
import org.hashiya.core.editing.Words;
import org.hashiya.model.AnnotationSet;
import org.hashiya.model.AnnotationStatus;
import org.hashiya.model.Annotator;
import org.hashiya.model.Article;
import org.hashiya.model.HashiyaPackage.Literals;
import org.hashiya.model.Label;
import org.hashiya.model.Span;
import org.hashiya.model.Suggestion;
import org.hashiya.model.TextRegion;
import org.hashiya.uima.suggest.ProjectSuggestions;
import org.hashiya.ui.internal.editor.SuggestJob;
import org.hashiya.ui.internal.editor.SuggesterTraining;
import org.hashiya.ui.internal.AnnotatorPreference;
import org.hashiya.ui.internal.EditorActions;
import org.hashiya.ui.internal.HashiyaUiPlugin;
import org.hashiya.ui.internal.LabelColours;
import org.hashiya.ui.internal.Messages;
import org.hashiya.ui.internal.StatusNames;
import org.hashiya.ui.internal.editor.SpanMarkers;
import org.hashiya.ui.internal.editor.SpanSelectionProvider;
import org.hashiya.ui.internal.editor.SpanStyles;
import org.hashiya.ui.internal.editor.TextBounds;
import org.hashiya.ui.internal.views.SpanOutlinePage;
import org.hashiya.ui.internal.views.SpanPropertySheetPage;

/**
 * Shows an article of an annotation project right to left, with the spans of one annotator in
 * their label colours, and lets the annotator add, relabel, move and delete spans. Every change is
 * an EMF command on this editor's command stack, so it can be undone, and makes the editor dirty
 * until saved.
 */
public final class ArticleEditor extends EditorPart implements IPersistableEditor, IEditingDomainProvider {

	/** The editor id, as registered in plugin.xml. */
	public static final String ID = "org.hashiya.ui.articleEditor";
	/** The context of the editor's key bindings. */
	public static final String CONTEXT_ID = "org.hashiya.ui.articleEditorContext";

	private static final String ARTICLE_FONT = "org.hashiya.ui.articleFont";
	private static final String MEMENTO_ANNOTATOR = "annotator";
	private static final int MARGIN = 16;
	private static final int LINE_SPACING = SpanMarkers.TAG_HEIGHT + 2;

	private ProjectFolder project;
	private Article article;
	private Annotator shownAnnotator;
	private AnnotationSet set;
	private String restoredAnnotator;
	private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
			new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
	private final AnnotationCommands commands = new AnnotationCommands(domain);
	private SpanSelectionProvider selectionProvider;
	private final ListenerList<Runnable> changeListeners = new ListenerList<>();
	private final Adapter spanWatcher = new SpanWatcher();
	private final Adapter labelWatcher = new LabelWatcher();
	private SpanSnapping snapping;
	private EditorActions actions;
	private final IPropertyChangeListener snappingListener = event -> showStatus();

	private LocalResourceManager resources;
	private SpanStyles spanStyles;
	private SpanMarkers markers;
	private Combo annotatorChoice;
	private org.eclipse.swt.widgets.Label status;
	private org.eclipse.swt.widgets.Label problem;
	private StyledText text;
	private Span selectedSpan;
	/** Clicking inside it again selects the span around it. */
	private Span lastClickedSpan;
	/** The text whose styles no longer match the spans: [restyleFrom, restyleTo). */
	private int restyleFrom = Integer.MAX_VALUE;
	private int restyleTo = Integer.MIN_VALUE;
	private boolean restyleAll;
	/** The spans, their status or their labels changed since the views were last told. */
	private boolean unannouncedChange;
	/** The dirty state the workbench was last told of. */
	private boolean toldDirty;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IFileEditorInput fileInput) || fileInput.getFile().getParent().getLocation() == null) {
			throw new PartInitException(NLS.bind(Messages.ArticleEditor_notAnArticle, input.getName(), "?"));
		}
		IFile file = fileInput.getFile();
		IPath folderLocation = file.getParent().getLocation();
		Path folder = folderLocation.toFile().toPath();
		if (!ProjectFolder.isProject(folder)) {
			throw new PartInitException(NLS.bind(Messages.ArticleEditor_notAProject, file.getFullPath(), folder));
		}
		try {
			project = HashiyaUiPlugin.getDefault().openProjects().get(folder);
		} catch (IOException e) {
			throw new PartInitException(NLS.bind(Messages.ArticleEditor_cannotOpenProject, folder, e.getMessage()), e);
		}
		String id = file.getFullPath().removeFileExtension().lastSegment();
		article = project.article(id).orElseThrow(() -> new PartInitException(NLS.bind(Messages.ArticleEditor_notAnArticle, file.getName(), project.project().getName())));
		setSite(site);
		setInput(input);
		setPartName(file.getName());
		setTitleToolTip(article.getTitle());
		selectionProvider = new SpanSelectionProvider(site.getShell().getDisplay());
		site.setSelectionProvider(selectionProvider);
		domain.getCommandStack().addCommandStackListener(event -> commandStackChanged());
	}

	@Override
	public void createPartControl(Composite parent) {
		resources = new LocalResourceManager(JFaceResources.getResources(), parent);
		spanStyles = new SpanStyles(this::colour, parent.getDisplay().getSystemColor(SWT.COLOR_BLACK));
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);

		Composite header = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(header);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
		new org.eclipse.swt.widgets.Label(header, SWT.NONE).setText(Messages.ArticleEditor_annotator);
		annotatorChoice = new Combo(header, SWT.READ_ONLY | SWT.DROP_DOWN);
		annotatorChoice.addListener(SWT.Selection, event -> annotatorChosen());
		status = new org.eclipse.swt.widgets.Label(header, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);
		problem = new org.eclipse.swt.widgets.Label(header, SWT.WRAP);
		problem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).exclude(true).applyTo(problem);

		text = new StyledText(parent, SWT.MULTI | SWT.V_SCROLL | SWT.WRAP | SWT.READ_ONLY | SWT.RIGHT_TO_LEFT);
		// A size hint, so that laying out the editor never asks the text for its preferred size: with
		// word wrap, StyledText measures every line of the article for it.
		GridDataFactory.fillDefaults().grab(true, true).hint(300, 200).applyTo(text);
		text.setFont(PlatformUI.getWorkbench().getThemeManager().getCurrentTheme().getFontRegistry().get(ARTICLE_FONT));
		text.setMargins(MARGIN, MARGIN, MARGIN, MARGIN);
		text.setLineSpacing(LINE_SPACING);
		text.setText(article.getText());
		text.addMouseMoveListener(event -> text.setToolTipText(spanTooltipAt(new Point(event.x, event.y))));
		text.addListener(SWT.MouseUp, this::clicked);
		text.addListener(SWT.KeyDown, this::keyPressed);
		text.addListener(SWT.Selection, event -> textSelectionChanged());
		markers = new SpanMarkers(text, this::spans, this::colour);

		project.project().getLabelSets().forEach(labelSet -> labelSet.eAdapters().add(labelWatcher));
		project.project().getLabelSets().forEach(labelSet -> labelSet.getLabels().forEach(label -> label.eAdapters().add(labelWatcher)));
		getSite().getService(IContextService.class).activateContext(CONTEXT_ID);
		actions = new EditorActions(this);
		HashiyaUiPlugin.getDefault().getPreferenceStore().addPropertyChangeListener(snappingListener);
		showAnnotator(restoredAnnotator != null ? restoredAnnotator : AnnotatorPreference.currentAnnotator());
		if (HashiyaUiPlugin.getDefault().isSuggestingOnOpen() && !isCurating() && pendingSuggestions().isEmpty() && loadProblem().isEmpty()) {
			suggest();
		}
	}

	/**
	 * Shows and edits the spans of the named annotator (added to the project if new).
	 *
	 * @throws IllegalStateException if the editor has unsaved changes
	 */
	public void showAnnotator(String name) {
		if (isDirty()) {
			throw new IllegalStateException("Save or revert the changes to " + shownAnnotator.getName() + "'s spans before showing another annotator's");
		}
		shownAnnotator = project.annotator(name);
		TreeSet<String> names = new TreeSet<>();
		project.project().getAnnotators().forEach(annotator -> names.add(annotator.getName()));
		annotatorChoice.setItems(names.toArray(String[]::new));
		annotatorChoice.setText(name);
		edit(project.annotationSet(article, shownAnnotator));
		annotatorChoice.getParent().layout(true);
	}

	public String getShownAnnotator() {
		return shownAnnotator.getName();
	}

	public Article getArticle() {
		return article;
	}

	public ProjectFolder getProject() {
		return project;
	}

	/** @return the shown annotator's spans and status on this article */
	public AnnotationSet getAnnotationSet() {
		return set;
	}

	@Override
	public EditingDomain getEditingDomain() {
		return domain;
	}

	/** @return the widget showing the article text */
	public StyledText getTextWidget() {
		return text;
	}

	/** @param listener runs after the spans or their labels changed, and after another annotator is shown */
	public void addChangeListener(Runnable listener) {
		changeListeners.add(listener);
	}

	public void removeChangeListener(Runnable listener) {
		changeListeners.remove(listener);
	}

	public Optional<Span> getSelectedSpan() {
		return Optional.ofNullable(selectedSpan);
	}

	/**
	 * Selects {@code span} (or none) and shows its text selected; the Properties and Outline views
	 * hear of it shortly after (see {@link SpanSelectionProvider}).
	 */
	public void selectSpan(Span span) {
		selectedSpan = span;
		if (span != null) {
			Point selection = text.getSelection();
			if (selection.x != span.getBegin() || selection.y != span.getEnd()) {
				text.setSelection(span.getBegin(), span.getEnd());
			}
			text.showSelection();
		}
		markers.select(span);
		selectionProvider.setSelection(span == null ? StructuredSelection.EMPTY : new StructuredSelection(span));
	}

	/**
	 * Gives the selected span the label; or, when no span is selected, adds a span with it over the
	 * selected text (or the word at the caret), snapped to whole words without proclitics unless
	 * {@code exact} or snapping is off.
	 */
	public void applyLabel(Label label, boolean exact) {
		if (!checkEditable()) {
			return;
		}
		Point selection = text.getSelection();
		if (selectedSpan != null && selectedSpan.getBegin() == selection.x && selectedSpan.getEnd() == selection.y) {
			execute(commands.relabel(List.of(selectedSpan), label));
			return;
		}
		Range range = exact || !HashiyaUiPlugin.getDefault().isSnapping() ? new Range(selection.x, selection.y)
				: snapping().snap(article.getText(), selection.x, selection.y);
		if (range.length() == 0) {
			report(Messages.ArticleEditor_nothingToLabel);
			return;
		}
		Span same = spanAt(range);
		if (same != null) {
			execute(commands.relabel(List.of(same), label));
			selectSpan(same);
			return;
		}
		Command create = commands.createSpan(set, range.begin(), range.end(), label);
		if (execute(create)) {
			selectSpan(newSpan(create));
		}
	}

	/** @return the span over exactly {@code range}, or null; a loop, as this runs on every label applied */
	private Span spanAt(Range range) {
		List<Span> spans = spans();
		for (int index = 0; index < spans.size(); index++) {
			Span span = spans.get(index);
			if (span.getBegin() == range.begin() && span.getEnd() == range.end()) {
				return span;
			}
		}
		return null;
	}

	/** Selects the span after (or before) the selected one or the caret, in logical order. */
	public void selectNeighbourSpan(boolean next) {
		List<Span> ordered = new ArrayList<>(spans());
		if (ordered.isEmpty()) {
			report(Messages.ArticleEditor_noSpans);
			return;
		}
		Comparator<Span> logical = Comparator.comparingInt(Span::getBegin).thenComparing(Comparator.comparingInt(Span::getEnd).reversed());
		ordered.sort(logical);
		int caret = text.getCaretOffset();
		Span found;
		if (selectedSpan != null) {
			int index = ordered.indexOf(selectedSpan) + (next ? 1 : -1);
			found = ordered.get(Math.floorMod(index, ordered.size()));
		} else if (next) {
			found = ordered.stream().filter(span -> span.getBegin() >= caret).findFirst().orElse(ordered.get(0));
		} else {
			found = ordered.stream().filter(span -> span.getBegin() < caret).reduce((first, second) -> second).orElse(ordered.get(ordered.size() - 1));
		}
		selectSpan(found);
	}

	/** Deletes the selected span; with none selected, rejects the suggestion at the caret. */
	public void deleteSelectedSpan() {
		Optional<Suggestion> suggestion = selectedSpan == null ? suggestionAtCaret() : Optional.empty();
		if (suggestion.isPresent()) {
			if (checkEditable()) {
				execute(commands.reject(List.of(suggestion.get())));
			}
		} else if (checkEditable() && selectedOrReport()) {
			Span deleted = selectedSpan;
			if (execute(commands.delete(List.of(deleted)))) {
				selectSpan(null);
				text.setSelection(deleted.getBegin());
			}
		}
	}

	/**
	 * Accepts the suggestion at the caret as a span, or with {@code allLike} every pending
	 * suggestion in the article with its text and label; one undoable change either way.
	 */
	public void acceptSuggestion(boolean allLike) {
		Optional<Suggestion> suggestion = suggestionAtCaret();
		if (suggestion.isEmpty()) {
			report(Messages.ArticleEditor_noSuggestion);
		} else if (checkEditable()) {
			Command accept = isCurating() && !allLike ? Curation.pick(domain, suggestion.get())
					: commands.accept(allLike ? AnnotationCommands.pendingLike(suggestion.get()) : List.of(suggestion.get()));
			if (execute(accept)) {
				selectSpan(newSpan(accept));
			}
		}
	}

	/** @return the shown annotator's pending suggestion around the caret (the shortest if several) */
	public Optional<Suggestion> suggestionAtCaret() {
		int caret = text.getCaretOffset();
		return pendingSuggestions().stream().filter(suggestion -> suggestion.getBegin() <= caret && caret <= suggestion.getEnd())
				.min(Comparator.comparingInt(suggestion -> suggestion.getEnd() - suggestion.getBegin()));
	}

	/** @return the shown annotator's suggestions still waiting for a decision */
	public List<Suggestion> pendingSuggestions() {
		return set == null ? List.of() : AnnotationCommands.pending(set);
	}

	/**
	 * Replaces the pending suggestions with new ones from the project's suggesters, trained on the
	 * articles the shown annotator finished; a background job, then one undoable change.
	 */
	/**
	 * Shows the article's curated set, brought up to date with every annotator's spans: what they
	 * agree on merged, each candidate of a disagreement proposed, to pick ({@link #acceptSuggestion})
	 * or reject by keyboard. Only the curated set changes.
	 */
	public void curate() {
		if (!checkEditable() || !switchAnnotator(Curation.CURATOR)) {
			return;
		}
		List<AnnotationSet> annotatorSets = Curation.annotatorSets(article);
		if (annotatorSets.size() < 2) {
			report(NLS.bind(Messages.ArticleEditor_curationNeedsTwo, annotatorSets.size()));
			return;
		}
		Curation.Comparison comparison = Curation.compare(annotatorSets);
		execute(Curation.update(domain, set, comparison));
		getEditorSite().getActionBars().getStatusLineManager().setMessage(NLS.bind(Messages.ArticleEditor_curationSummary, new Object[] {
				String.join(", ", comparison.annotators()), comparison.agreed().size(), comparison.disagreements().size(), pendingSuggestions().size() }));
	}

	/** @return whether the shown spans are the curated set rather than an annotator's own */
	public boolean isCurating() {
		return Curation.isCurator(shownAnnotator);
	}

	public void suggest() {
		if (!checkEditable()) {
			return;
		}
		if (isCurating()) {
			report(Messages.ArticleEditor_noSuggestersInCuration);
			return;
		}
		AnnotationSet target = set;
		SuggestJob job = new SuggestJob(project, shownAnnotator, ProjectSuggestions.Request.of(target),
				suggested -> text.getDisplay().asyncExec(() -> {
					if (!text.isDisposed() && set == target) {
						execute(commands.replacePending(target, ProjectSuggestions.toModel(project, suggested)));
					}
				}));
		job.setUser(true);
		job.schedule();
	}

	/**
	 * Moves the selected span's start (first character) or end (after the last character) in
	 * logical order, by one character or one word.
	 */
	public void moveSelectedSpanBoundary(boolean start, boolean later, boolean byWord) {
		if (!checkEditable() || !selectedOrReport()) {
			return;
		}
		Span span = selectedSpan;
		String articleText = article.getText();
		int from = start ? span.getBegin() : span.getEnd();
		int to;
		if (!byWord) {
			to = later ? from + 1 : from - 1;
		} else if (start) {
			to = later ? Words.nextWordStart(articleText, from) : Words.previousWordStart(articleText, from);
		} else {
			to = later ? Words.nextWordEnd(articleText, from) : Words.previousWordEnd(articleText, from);
		}
		try {
			if (execute(start ? commands.moveStart(span, to) : commands.moveEnd(span, to))) {
				selectSpan(span);
			}
		} catch (IllegalArgumentException e) {
			report(e.getMessage());
		}
	}

	/**
	 * Marks the article finished for the shown annotator, or back in progress when it was. Finishing
	 * retrains the suggesters on the finished articles in the background.
	 */
	public void toggleFinished() {
		if (checkEditable()
				&& execute(commands.setStatus(set, set.getStatus() == AnnotationStatus.FINISHED ? AnnotationStatus.IN_PROGRESS : AnnotationStatus.FINISHED))
				&& set.getStatus() == AnnotationStatus.FINISHED) {
			SuggesterTraining.train(project, shownAnnotator);
		}
	}

	/** Executes {@code command} on this editor's command stack, or says why it cannot. */
	public boolean execute(Command command) {
		if (!command.canExecute()) {
			report(NLS.bind(Messages.ArticleEditor_cannotExecute, command.getLabel()));
			return false;
		}
		domain.getCommandStack().execute(command);
		return true;
	}

	/** @return the spans of the shown annotator */
	public List<Span> spans() {
		return set == null ? List.of() : set.getSpans();
	}

	/** The spans and the pending suggestions, which the text shows. */
	private List<? extends TextRegion> shownRegions() {
		List<Suggestion> pending = pendingSuggestions();
		if (pending.isEmpty()) {
			return spans();
		}
		List<TextRegion> regions = new ArrayList<>(spans());
		regions.addAll(pending);
		return regions;
	}

	/** Drops the unsaved changes and reads the shown annotator's file again. */
	public void revert() {
		try {
			project.reload(article, shownAnnotator);
		} catch (IOException e) {
			showError(Messages.ArticleEditor_revertFailed, e);
		}
		domain.getCommandStack().flush();
		edit(project.annotationSet(article, shownAnnotator));
		tellDirtyState();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		try {
			project.save(set);
			((BasicCommandStack) domain.getCommandStack()).saveIsDone();
			tellDirtyState();
		} catch (IOException | RuntimeException e) {
			showError(Messages.ArticleEditor_saveFailed, e);
			monitor.setCanceled(true);
		}
	}

	@Override
	public boolean isDirty() {
		return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
	}

	@Override
	public void doSaveAs() {
		throw new UnsupportedOperationException("Articles are not copied through Save As");
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void saveState(IMemento memento) {
		memento.putString(MEMENTO_ANNOTATOR, shownAnnotator.getName());
	}

	@Override
	public void restoreState(IMemento memento) {
		restoredAnnotator = memento.getString(MEMENTO_ANNOTATOR);
		if (restoredAnnotator != null && text != null && !isDirty()) {
			showAnnotator(restoredAnnotator);
		}
	}

	@Override
	public void setFocus() {
		text.setFocus();
	}

	@Override
	public <T> T getAdapter(Class<T> type) {
		if (type == IContentOutlinePage.class) {
			return type.cast(new SpanOutlinePage(this));
		}
		if (type == IPropertySheetPage.class) {
			return type.cast(new SpanPropertySheetPage(this));
		}
		if (type == EditorActions.class) {
			return type.cast(actions);
		}
		return super.getAdapter(type);
	}

	/** The shared model keeps no unsaved work once the annotator chose not to save it. */
	@Override
	public void dispose() {
		HashiyaUiPlugin.getDefault().getPreferenceStore().removePropertyChangeListener(snappingListener);
		if (set != null) {
			set.eAdapters().remove(spanWatcher);
		}
		project.project().getLabelSets().forEach(labelSet -> {
			labelSet.eAdapters().remove(labelWatcher);
			labelSet.getLabels().forEach(label -> label.eAdapters().remove(labelWatcher));
		});
		if (isDirty()) {
			try {
				project.reload(article, shownAnnotator);
			} catch (IOException e) {
				HashiyaUiPlugin.log(NLS.bind(Messages.ArticleEditor_revertFailed, e.getMessage()), e);
			}
		}
		super.dispose();
	}

	private void edit(AnnotationSet newSet) {
		if (set != null) {
			set.eAdapters().remove(spanWatcher);
		}
		set = newSet;
		set.eAdapters().add(spanWatcher);
		selectSpan(null);
		restyleAll = true;
		unannouncedChange = true;
		flushChanges();
	}

	private void annotatorChosen() {
		switchAnnotator(annotatorChoice.getText());
	}

	/**
	 * Shows the named annotator's spans, first asking what to do with unsaved changes to the shown
	 * ones.
	 *
	 * @return whether the named annotator's spans are shown now
	 */
	private boolean switchAnnotator(String chosen) {
		if (chosen.equals(shownAnnotator.getName())) {
			return true;
		}
		if (isDirty()) {
			int answer = new MessageDialog(getSite().getShell(), Messages.ArticleEditor_unsavedTitle, null,
					NLS.bind(Messages.ArticleEditor_unsavedQuestion, shownAnnotator.getName()), MessageDialog.QUESTION,
					0, Messages.ArticleEditor_save, Messages.ArticleEditor_discard, Messages.ArticleEditor_cancel).open();
			if (answer == 0) {
				doSave(new NullProgressMonitor());
			} else if (answer == 1) {
				revert();
			}
			if (isDirty()) {
				annotatorChoice.setText(shownAnnotator.getName());
				return false;
			}
		}
		domain.getCommandStack().flush();
		showAnnotator(chosen);
		return true;
	}

	private void commandStackChanged() {
		flushChanges();
		tellDirtyState();
	}

	/** Telling the workbench costs a re-evaluation of every save handler: only when the state changed. */
	private void tellDirtyState() {
		if (isDirty() != toldDirty) {
			toldDirty = isDirty();
			firePropertyChange(PROP_DIRTY);
		}
	}

	/**
	 * Restyles the text the model changes touched, then tells the views; nothing when a flush
	 * already did (the command stack's, before the one scheduled by the change itself).
	 */
	private void flushChanges() {
		if (text == null || text.isDisposed() || !unannouncedChange) {
			return;
		}
		// Only a restyled range redraws just its lines; a whole widget's redraw lays out every line in view.
		boolean redrawAll = true;
		int from = Math.max(0, restyleFrom);
		int to = Math.min(text.getCharCount(), restyleTo);
		if (restyleAll) {
			SpanStyles.Styles styles = spanStyles.of(shownRegions());
			text.setStyleRanges(styles.ranges(), styles.styles());
		} else if (from < to) {
			SpanStyles.Styles styles = spanStyles.of(shownRegions(), from, to);
			text.replaceStyleRanges(from, to - from, styles.styles().length == 0 ? new StyleRange[0] : toStyleRanges(styles));
			redrawAll = false;
		}
		unannouncedChange = false;
		restyleAll = false;
		restyleFrom = Integer.MAX_VALUE;
		restyleTo = Integer.MIN_VALUE;
		if (selectedSpan != null && selectedSpan.eContainer() != set) {
			selectSpan(null);
		}
		markers.spansChanged();
		if (redrawAll) {
			text.redraw();
		} else {
			markers.restyled(from, to);
		}
		showStatus();
		changeListeners.forEach(Runnable::run);
	}

	private static StyleRange[] toStyleRanges(SpanStyles.Styles styles) {
		StyleRange[] ranges = new StyleRange[styles.styles().length];
		for (int index = 0; index < ranges.length; index++) {
			StyleRange range = (StyleRange) styles.styles()[index].clone();
			range.start = styles.ranges()[2 * index];
			range.length = styles.ranges()[2 * index + 1];
			ranges[index] = range;
		}
		return ranges;
	}

	private void touched(int from, int to) {
		unannouncedChange = true;
		restyleFrom = Math.min(restyleFrom, from);
		restyleTo = Math.max(restyleTo, to);
		scheduleFlush();
	}

	/** Changes made outside this editor's command stack (another editor, the label dialog) are shown too. */
	private void scheduleFlush() {
		if (text != null && !text.isDisposed()) {
			text.getDisplay().asyncExec(this::flushChanges);
		}
	}

	private void showStatus() {
		status.setText(NLS.bind(Messages.ArticleEditor_status, new Object[] { StatusNames.of(set.getStatus()), set.getSpans().size(), article.getText().length(),
				HashiyaUiPlugin.getDefault().isSnapping() ? Messages.ArticleEditor_snappingOn : Messages.ArticleEditor_snappingOff }));
		String problemText = loadProblem().map(message -> NLS.bind(Messages.ArticleEditor_spansNotShown, message)).orElse(null);
		problem.setText(problemText == null ? "" : problemText);
		// The status fills its row; only showing or hiding the problem changes the layout.
		if (problem.getVisible() != (problemText != null)) {
			((GridData) problem.getLayoutData()).exclude = problemText == null;
			problem.setVisible(problemText != null);
			status.getParent().getParent().layout(true, true);
		}
	}

	private Optional<String> loadProblem() {
		Path file = project.annotationFile(article, shownAnnotator);
		return project.problems().stream().filter(loadProblem -> loadProblem.file().equals(file)).map(LoadProblem::message).findFirst();
	}

	private boolean checkEditable() {
		Optional<String> loadProblem = loadProblem();
		loadProblem.ifPresent(message -> report(NLS.bind(Messages.ArticleEditor_notEditable, message)));
		return loadProblem.isEmpty();
	}

	private boolean selectedOrReport() {
		if (selectedSpan == null) {
			report(Messages.ArticleEditor_noSpanSelected);
		}
		return selectedSpan != null;
	}

	private SpanSnapping snapping() {
		if (snapping == null) {
			snapping = SpanSnapping.forTexts(project.project().getArticles().stream().map(Article::getText).toList());
		}
		return snapping;
	}

	private static Span newSpan(Command create) {
		Collection<?> result = create.getResult();
		return result.stream().filter(Span.class::isInstance).map(Span.class::cast).findFirst().orElse(null);
	}

	/** A click inside spans selects the innermost; clicking it again selects the one around it. */
	private void clicked(Event event) {
		if (event.button != 1 || text.getSelectionCount() > 0) {
			return;
		}
		int offset = TextBounds.characterAt(text, new Point(event.x, event.y));
		List<Span> around = offset < 0 ? List.of() : spans().stream().filter(span -> span.getBegin() <= offset && offset < span.getEnd())
				.sorted(Comparator.comparingInt((Span span) -> span.getEnd() - span.getBegin())).toList();
		Span clicked = around.isEmpty() ? null : around.get((around.indexOf(lastClickedSpan) + 1) % around.size());
		lastClickedSpan = clicked;
		selectSpan(clicked);
	}

	/** A label's hotkey applies it; with Shift the selection is labeled exactly, without snapping. */
	private void keyPressed(Event event) {
		if ((event.stateMask & (SWT.MOD1 | SWT.MOD3 | SWT.COMMAND | SWT.CTRL | SWT.ALT)) != 0) {
			return;
		}
		String typed = String.valueOf(Character.toLowerCase(event.character));
		String key = event.keyCode >= 'a' && event.keyCode <= 'z' ? String.valueOf((char) event.keyCode) : typed;
		project.project().getLabelSets().stream().flatMap(labelSet -> labelSet.getLabels().stream())
				.filter(label -> key.equals(label.getHotkey()) || typed.equals(label.getHotkey())).findFirst().ifPresent(label -> {
					event.doit = false;
					EditorActions.applyLabel(this, label, (event.stateMask & SWT.SHIFT) != 0);
				});
	}

	private void textSelectionChanged() {
		Point selection = text.getSelection();
		if (selectedSpan != null && (selectedSpan.getBegin() != selection.x || selectedSpan.getEnd() != selection.y)) {
			selectSpan(null);
		}
	}

	private String spanTooltipAt(Point point) {
		int offset = TextBounds.characterAt(text, point);
		if (offset < 0) {
			return null;
		}
		Optional<Suggestion> suggestion = pendingSuggestions().stream().filter(candidate -> candidate.getBegin() <= offset && offset < candidate.getEnd()).findFirst();
		if (suggestion.isPresent()) {
			return NLS.bind(Messages.ArticleEditor_suggestionTooltip, new Object[] { suggestion.get().getLabel().getName(), suggestion.get().getSource(),
					String.format(Locale.ROOT, "%.2f", suggestion.get().getScore()) });
		}
		StyleRange style = text.getStyleRangeAtOffset(offset);
		return style != null && style.data instanceof Label label ? NLS.bind(Messages.ArticleEditor_spanTooltip, label.getName(), label.getDescription()) : null;
	}

	private Color colour(Label label) {
		return resources.create(ColorDescriptor.createFrom(LabelColours.rgb(label)));
	}

	private void report(String message) {
		getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(message);
		text.getDisplay().beep();
	}

	private void showError(String message, Exception error) {
		String text = NLS.bind(message, error.getMessage());
		HashiyaUiPlugin.log(text, error);
		ErrorDialog.openError(getSite().getShell(), Messages.ArticleEditor_errorTitle, text, new Status(IStatus.ERROR, HashiyaUiPlugin.ID, error.getMessage(), error));
	}

	/** Notes the text each change of the shown spans touched, to restyle only that. */
	private final class SpanWatcher extends EContentAdapter {
		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			if (notification.isTouch()) {
				return;
			}
			Object feature = notification.getFeature();
			if (feature == Literals.ANNOTATION_SET__SPANS || feature == Literals.ANNOTATION_SET__SUGGESTIONS) {
				regions(notification.getOldValue()).forEach(span -> touched(span.getBegin(), span.getEnd()));
				regions(notification.getNewValue()).forEach(span -> touched(span.getBegin(), span.getEnd()));
			} else if (notification.getNotifier() instanceof TextRegion span) {
				if (feature == Literals.TEXT_REGION__BEGIN) {
					touched(Math.min(notification.getOldIntValue(), notification.getNewIntValue()), span.getEnd());
				} else if (feature == Literals.TEXT_REGION__END) {
					touched(span.getBegin(), Math.max(notification.getOldIntValue(), notification.getNewIntValue()));
				} else {
					touched(span.getBegin(), span.getEnd());
				}
			} else {
				unannouncedChange = true;
				scheduleFlush();
			}
		}

		private static List<TextRegion> regions(Object value) {
			if (value instanceof TextRegion region) {
				return List.of(region);
			}
			return value instanceof Collection<?> many ? many.stream().filter(TextRegion.class::isInstance).map(TextRegion.class::cast).toList() : List.of();
		}
	}

	/** A renamed, recoloured, added or deleted label restyles everything. */
	private final class LabelWatcher extends AdapterImpl {
		@Override
		public void notifyChanged(Notification notification) {
			if (notification.isTouch()) {
				return;
			}
			if (notification.getFeature() == Literals.LABEL_SET__LABELS && notification.getNewValue() instanceof Label added) {
				added.eAdapters().add(this);
			}
			spanStyles.labelsChanged();
			restyleAll = true;
			unannouncedChange = true;
			scheduleFlush();
		}
	}
}
