package org.hashiya.ui.internal.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnLayoutData;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.OpenEvent;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.eclipse.ui.part.PageBook;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.statushandlers.StatusManager;
import org.hashiya.core.Assignments;
import org.hashiya.core.ProjectFolder;
import org.hashiya.model.AnnotationSet;
import org.hashiya.model.AnnotationStatus;
import org.hashiya.model.Annotator;
import org.hashiya.model.Article;
import org.hashiya.ui.internal.StatusNames;
import org.hashiya.ui.ArticleEditor;
import org.hashiya.ui.internal.AnnotatorPreference;
import org.hashiya.ui.internal.HashiyaUiPlugin;

/**
 * The articles of the active article editor's project (or, with none active, of every annotation
 * project in the workspace), with the status and the number of spans of one annotator: the one the
 * editor shows, otherwise the current annotator. Double-clicking an article opens it.
 */
public final class CorpusView extends ViewPart {

	/** The view id, as registered in plugin.xml. */
	public static final String ID = "org.hashiya.ui.corpus";

	private static final String NEXT_UNFINISHED_COMMAND = "org.hashiya.ui.nextUnfinishedArticle";

	/**
	 * An article, with the project it belongs to and the workspace folder its file is in; it adapts
	 * to its file, so that views following the selection (the Agreement view) know the project.
	 */
	private record Row(ProjectFolder project, IContainer folder, Article article) implements IAdaptable {

		IFile file() {
			return folder.getFile(IPath.fromOSString(article.getSource()));
		}

		@Override
		public <T> T getAdapter(Class<T> adapter) {
			return adapter == IFile.class || adapter == IResource.class ? adapter.cast(file()) : null;
		}
	}

	private final IResourceChangeListener projectsChanged = this::resourcesChanged;
	private ActiveArticleEditor activeEditor;
	private PageBook book;
	private org.eclipse.swt.widgets.Label noProject;
	private Composite tableArea;
	private TableViewer viewer;
	private String annotator;
	private boolean severalProjects;
	/** Read when the list is refreshed; a project whose file cannot be read has none. */
	private final Map<ProjectFolder, Assignments> assignments = new HashMap<>();

	@Override
	public void createPartControl(Composite parent) {
		book = new PageBook(parent, SWT.NONE);
		noProject = new org.eclipse.swt.widgets.Label(book, SWT.WRAP);
		noProject.setText(Messages.CorpusView_noProject);
		tableArea = new Composite(book, SWT.NONE);
		TableColumnLayout columns = new TableColumnLayout();
		tableArea.setLayout(columns);
		viewer = new TableViewer(tableArea, SWT.SINGLE | SWT.FULL_SELECTION);
		viewer.getTable().setHeaderVisible(true);
		// The title comes last: the corpus usually sits in a narrow column, where status and count must stay in view.
		column(columns, Messages.CorpusView_article, new ColumnWeightData(3, 90), this::articleName);
		column(columns, Messages.CorpusView_status, new ColumnPixelData(80), row -> StatusNames.of(status(row)));
		column(columns, Messages.CorpusView_spans, new ColumnPixelData(45), row -> String.valueOf(annotationSet(row).map(set -> set.getSpans().size()).orElse(0)));
		column(columns, Messages.CorpusView_assigned, new ColumnPixelData(90), this::assignees);
		column(columns, Messages.CorpusView_title, new ColumnWeightData(4, 100), row -> Objects.toString(row.article().getTitle(), ""));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.addOpenListener(this::open);
		getSite().setSelectionProvider(viewer);

		getViewSite().getActionBars().getToolBarManager().add(new CommandContributionItem(
				new CommandContributionItemParameter(getSite(), NEXT_UNFINISHED_COMMAND, NEXT_UNFINISHED_COMMAND, CommandContributionItem.STYLE_PUSH)));
		activeEditor = new ActiveArticleEditor(getSite().getPage(), this::refresh);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(projectsChanged, IResourceChangeEvent.POST_CHANGE);
		refresh();
	}

	/** @return the table of articles */
	public TableViewer getViewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		book.setFocus();
	}

	@Override
	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(projectsChanged);
		if (activeEditor != null) {
			activeEditor.dispose();
		}
		super.dispose();
	}

	private void column(TableColumnLayout columns, String header, ColumnLayoutData width, Function<Row, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(header);
		columns.setColumnData(column.getColumn(), width);
		column.setLabelProvider(ColumnLabelProvider.createTextProvider(element -> text.apply((Row) element)));
	}

	private void refresh() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		ArticleEditor editor = activeEditor.get();
		List<Row> rows;
		if (editor != null) {
			annotator = editor.getShownAnnotator();
			IContainer folder = ((IFileEditorInput) editor.getEditorInput()).getFile().getParent();
			rows = editor.getProject().project().getArticles().stream().map(article -> new Row(editor.getProject(), folder, article)).toList();
			setContentDescription(NLS.bind(Messages.CorpusView_oneProject, editor.getProject().project().getName(), annotator));
		} else {
			annotator = AnnotatorPreference.currentAnnotator();
			rows = workspaceRows();
			setContentDescription(rows.isEmpty() ? "" : NLS.bind(Messages.CorpusView_allProjects, annotator));
		}
		severalProjects = rows.stream().map(Row::project).distinct().count() > 1;
		readAssignments(rows);
		if (rows.equals(viewer.getInput())) {
			viewer.refresh();
		} else {
			viewer.setInput(rows);
		}
		book.showPage(rows.isEmpty() ? noProject : tableArea);
	}

	private static List<Row> workspaceRows() {
		List<Row> rows = new ArrayList<>();
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			IPath location = project.getLocation();
			if (!project.isOpen() || location == null || !ProjectFolder.isProject(location.toPath())) {
				continue;
			}
			Path folder = location.toPath();
			try {
				ProjectFolder opened = HashiyaUiPlugin.getDefault().openProjects().get(folder);
				opened.project().getArticles().forEach(article -> rows.add(new Row(opened, project, article)));
			} catch (IOException e) {
				HashiyaUiPlugin.log(NLS.bind(Messages.CorpusView_cannotOpenProject, folder, e.getMessage()), e);
			}
		}
		return rows;
	}

	private void readAssignments(List<Row> rows) {
		assignments.clear();
		for (ProjectFolder project : rows.stream().map(Row::project).distinct().toList()) {
			try {
				assignments.put(project, Assignments.of(project));
			} catch (IOException e) {
				HashiyaUiPlugin.log(NLS.bind(Messages.CorpusView_cannotReadAssignments, e.getMessage()), e);
			}
		}
	}

	/** The shown annotator's own assignment is named first, as "you". */
	private String assignees(Row row) {
		Assignments of = assignments.get(row.project());
		if (of == null) {
			return "";
		}
		Set<String> names = of.annotatorsOf(row.article());
		List<String> shown = new ArrayList<>();
		if (names.contains(annotator)) {
			shown.add(Messages.CorpusView_assignedToYou);
		}
		names.stream().filter(name -> !name.equals(annotator)).forEach(shown::add);
		return String.join(", ", shown);
	}

	/** Copies of a project share its name, so the workspace folder tells them apart. */
	private String articleName(Row row) {
		String id = row.article().getId();
		return severalProjects ? NLS.bind(Messages.CorpusView_articleInProject, row.folder().getName(), id) : id;
	}

	/** Looks the annotator up without adding them to the project, as {@link ProjectFolder#annotator} would. */
	private Optional<Annotator> annotator(Row row) {
		return row.project().project().getAnnotators().stream().filter(candidate -> candidate.getName().equals(annotator)).findFirst();
	}

	private AnnotationStatus status(Row row) {
		return annotator(row).map(found -> row.project().status(row.article(), found)).orElse(AnnotationStatus.NEW);
	}

	private Optional<AnnotationSet> annotationSet(Row row) {
		return annotator(row).flatMap(found -> row.project().findAnnotationSet(row.article(), found));
	}

	/** Opens the article showing the annotator whose work the list shows, as Next Unfinished Article does. */
	private void open(OpenEvent event) {
		if (!(viewer.getStructuredSelection().getFirstElement() instanceof Row row)) {
			return;
		}
		IFile file = row.file();
		// Opening the editor makes it active, and this view then reads the annotator anew.
		String shown = annotator;
		try {
			ArticleEditor opened = (ArticleEditor) IDE.openEditor(getSite().getPage(), file, ArticleEditor.ID);
			if (!opened.isDirty() && !opened.getShownAnnotator().equals(shown)) {
				opened.showAnnotator(shown);
			}
		} catch (PartInitException e) {
			StatusManager.getManager().handle(e.getStatus(), StatusManager.SHOW | StatusManager.LOG);
		}
	}

	/** A project added, removed, opened or closed changes the list while no article editor is active. */
	private void resourcesChanged(IResourceChangeEvent event) {
		IResourceDelta delta = event.getDelta();
		if (delta == null) {
			return;
		}
		for (IResourceDelta child : delta.getAffectedChildren()) {
			if (child.getKind() != IResourceDelta.CHANGED || (child.getFlags() & IResourceDelta.OPEN) != 0) {
				PlatformUI.getWorkbench().getDisplay().asyncExec(this::refresh);
				return;
			}
		}
	}
}
