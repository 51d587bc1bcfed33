package org.hashiya.ui.internal.handlers;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;
import org.hashiya.core.ProjectFolder;
import org.hashiya.core.editing.AnnotationCommands;
import org.hashiya.core.spans.LabeledSpan;
import org.hashiya.model.AnnotationSet;
import org.hashiya.model.Annotator;
import org.hashiya.model.Article;
import org.hashiya.uima.suggest.ProjectSuggestions;
import org.hashiya.uima.suggest.SuggestionContext;
import org.hashiya.ui.ArticleEditor;
import org.hashiya.ui.internal.HashiyaUiPlugin;
import org.hashiya.ui.internal.Messages;
import org.hashiya.ui.internal.editor.SuggesterTraining;

/**
 * Suggests in every article of the active editor's project for its annotator, as a cancelable job.
 * An article open in an editor gets its suggestions as an undoable change there; the others get
 * them in their annotation files, saved at once.
 */
public final class SuggestEverywhereHandler extends ArticleEditorHandler {

	@Override
	void run(ArticleEditor active, ExecutionEvent event) {
		if (active.isCurating()) {
			active.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(Messages.ArticleEditor_noSuggestersInCuration);
			return;
		}
		ProjectFolder project = active.getProject();
		Annotator annotator = project.annotator(active.getShownAnnotator());
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
		List<ProjectSuggestions.Request> requests = project.project().getArticles().stream()
				.map(article -> ProjectSuggestions.Request.of(project.annotationSet(article, annotator))).toList();
		SuggestionContext context = ProjectSuggestions.context(project, annotator, () -> false);
		Display display = page.getWorkbenchWindow().getShell().getDisplay();
		Job job = Job.create(NLS.bind(Messages.SuggestEverywhere_name, project.project().getName()), (IProgressMonitor monitor) -> {
			SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.SuggestEverywhere_name, project.project().getName()), requests.size() + 1);
			try {
				ProjectSuggestions.Trained trained = SuggesterTraining.trained(project, annotator, context.canceledBy(progress::isCanceled));
				progress.worked(1);
				for (ProjectSuggestions.Request request : requests) {
					progress.subTask(request.articleId());
					List<LabeledSpan> suggested = trained.suggest(request);
					display.asyncExec(() -> apply(page, project, annotator, request.articleId(), suggested));
					progress.split(1);
				}
				return Status.OK_STATUS;
			} catch (CancellationException | OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			} catch (IOException | RuntimeException e) {
				return new Status(IStatus.ERROR, HashiyaUiPlugin.ID, NLS.bind(Messages.SuggestJob_failed, NLS.bind(Messages.SuggestEverywhere_name, project.project().getName()), e.getMessage()), e);
			}
		});
		job.setUser(true);
		job.schedule();
	}

	private static void apply(IWorkbenchPage page, ProjectFolder project, Annotator annotator, String articleId, List<LabeledSpan> suggested) {
		Article article = project.article(articleId).orElseThrow();
		AnnotationSet set = project.annotationSet(article, annotator);
		Optional<ArticleEditor> open = openEditor(page, set);
		if (open.isPresent()) {
			open.get().execute(new AnnotationCommands(open.get().getEditingDomain()).replacePending(set, ProjectSuggestions.toModel(project, suggested)));
			return;
		}
		set.getSuggestions().removeAll(AnnotationCommands.pending(set));
		set.getSuggestions().addAll(ProjectSuggestions.toModel(project, suggested));
		try {
			project.save(set);
		} catch (IOException e) {
			HashiyaUiPlugin.log(NLS.bind(Messages.SuggestEverywhere_saveFailed, project.annotationFile(article, annotator), e.getMessage()), e);
		}
	}

	private static Optional<ArticleEditor> openEditor(IWorkbenchPage page, AnnotationSet set) {
		for (IEditorReference reference : page.getEditorReferences()) {
			if (reference.getEditor(false) instanceof ArticleEditor editor && editor.getAnnotationSet() == set) {
				return Optional.of(editor);
			}
		}
		return Optional.empty();
	}
}
