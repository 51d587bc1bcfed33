package org.hashiya.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableEditor;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.EditorPart;
import org.hashiya.core.LoadProblem;
import org.hashiya.core.ProjectFolder;
import org.hashiya.model.AnnotationSet;
import org.hashiya.model.AnnotationStatus;
import org.hashiya.model.Annotator;
import org.hashiya.model.Article;
import org.hashiya.model.Label;
import org.hashiya.model.Span;
import org.hashiya.ui.internal.AnnotatorPreference;
import org.hashiya.ui.internal.HashiyaUiPlugin;
import org.hashiya.ui.internal.LabelColours;
import org.hashiya.ui.internal.Messages;
import org.hashiya.ui.internal.editor.SpanStyles;

/**
 * Shows an article of an annotation project right to left, with the spans of one annotator in
 * their label colours.
 */
public final class ArticleEditor extends EditorPart implements IPersistableEditor {

	/** The editor id, as registered in plugin.xml. */
	public static final String ID = "org.hashiya.ui.articleEditor";

	private static final String ARTICLE_FONT = "org.hashiya.ui.articleFont";
	private static final String MEMENTO_ANNOTATOR = "annotator";
	private static final int MARGIN = 16;
	private static final int LINE_SPACING = 8;

	private ProjectFolder project;
	private Article article;
	private Annotator shownAnnotator;
	private String restoredAnnotator;

	private LocalResourceManager resources;
	private SpanStyles spanStyles;
	private Combo annotatorChoice;
	private org.eclipse.swt.widgets.Label status;
	private org.eclipse.swt.widgets.Label problem;
	private StyledText text;

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
	}

	@Override
	public void createPartControl(Composite parent) {
		resources = new LocalResourceManager(JFaceResources.getResources(), parent);
		spanStyles = new SpanStyles(label -> resources.create(ColorDescriptor.createFrom(LabelColours.rgb(label))),
				parent.getDisplay().getSystemColor(SWT.COLOR_BLACK));
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);

		Composite header = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(header);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
		new org.eclipse.swt.widgets.Label(header, SWT.NONE).setText(Messages.ArticleEditor_annotator);
		annotatorChoice = new Combo(header, SWT.READ_ONLY | SWT.DROP_DOWN);
		annotatorChoice.addListener(SWT.Selection, event -> showAnnotator(annotatorChoice.getText()));
		status = new org.eclipse.swt.widgets.Label(header, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);
		problem = new org.eclipse.swt.widgets.Label(header, SWT.WRAP);
		problem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).exclude(true).applyTo(problem);

		text = new StyledText(parent, SWT.MULTI | SWT.V_SCROLL | SWT.WRAP | SWT.READ_ONLY | SWT.RIGHT_TO_LEFT);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(text);
		text.setFont(PlatformUI.getWorkbench().getThemeManager().getCurrentTheme().getFontRegistry().get(ARTICLE_FONT));
		text.setMargins(MARGIN, MARGIN, MARGIN, MARGIN);
		text.setLineSpacing(LINE_SPACING);
		text.setText(article.getText());
		text.addMouseMoveListener(event -> text.setToolTipText(spanTooltipAt(new Point(event.x, event.y))));

		showAnnotator(restoredAnnotator != null ? restoredAnnotator : AnnotatorPreference.currentAnnotator());
	}

	/** Shows the spans of the named annotator (added to the project if new). */
	public void showAnnotator(String name) {
		shownAnnotator = project.annotator(name);
		TreeSet<String> names = new TreeSet<>();
		project.project().getAnnotators().forEach(annotator -> names.add(annotator.getName()));
		annotatorChoice.setItems(names.toArray(String[]::new));
		annotatorChoice.setText(name);
		List<Span> spans = shownSet().map(AnnotationSet::getSpans).map(List::copyOf).orElse(List.of());
		SpanStyles.Styles styles = spanStyles.of(spans);
		text.setStyleRanges(styles.ranges(), styles.styles());
		showStatus(spans.size());
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

	/** @return the widget showing the article text */
	public StyledText getTextWidget() {
		return text;
	}

	private Optional<AnnotationSet> shownSet() {
		return project.findAnnotationSet(article, shownAnnotator);
	}

	private void showStatus(int spanCount) {
		AnnotationStatus annotationStatus = shownSet().map(AnnotationSet::getStatus).orElse(AnnotationStatus.NEW);
		status.setText(NLS.bind(Messages.ArticleEditor_status, new Object[] { statusName(annotationStatus), spanCount, article.getText().length() }));
		Path file = project.annotationFile(article, shownAnnotator);
		String problemText = project.problems().stream().filter(loadProblem -> loadProblem.file().equals(file)).map(LoadProblem::message)
				.findFirst().map(message -> NLS.bind(Messages.ArticleEditor_spansNotShown, message)).orElse(null);
		problem.setText(problemText == null ? "" : problemText);
		((GridData) problem.getLayoutData()).exclude = problemText == null;
		problem.setVisible(problemText != null);
	}

	private static String statusName(AnnotationStatus annotationStatus) {
		return switch (annotationStatus) {
		case NEW -> Messages.Status_new;
		case IN_PROGRESS -> Messages.Status_inProgress;
		case FINISHED -> Messages.Status_finished;
		};
	}

	private String spanTooltipAt(Point point) {
		int offset = text.getOffsetAtPoint(point);
		if (offset < 0) {
			return null;
		}
		StyleRange style = text.getStyleRangeAtOffset(offset);
		return style != null && style.data instanceof Label label ? NLS.bind(Messages.ArticleEditor_spanTooltip, label.getName(), label.getDescription()) : null;
	}

	@Override
	public void saveState(IMemento memento) {
		memento.putString(MEMENTO_ANNOTATOR, shownAnnotator.getName());
	}

	@Override
	public void restoreState(IMemento memento) {
		restoredAnnotator = memento.getString(MEMENTO_ANNOTATOR);
		if (restoredAnnotator != null && text != null) {
			showAnnotator(restoredAnnotator);
		}
	}

	@Override
	public void setFocus() {
		text.setFocus();
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	/** Nothing to save: the editor shows stored work; changing spans arrives with span editing. */
	@Override
	public void doSave(IProgressMonitor monitor) {
		// Never dirty, so the workbench has nothing to ask for.
	}

	@Override
	public void doSaveAs() {
		throw new UnsupportedOperationException("Articles are not copied through Save As");
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}
}
