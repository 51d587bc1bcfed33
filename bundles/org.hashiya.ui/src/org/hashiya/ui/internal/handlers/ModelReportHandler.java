package org.hashiya.ui.internal.handlers;

import java.util.Optional;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.hashiya.core.ProjectFolder;
import org.hashiya.model.AnnotationStatus;
import org.hashiya.model.Annotator;
import org.hashiya.uima.suggest.SpanScores;
import org.hashiya.ui.ArticleEditor;
import org.hashiya.ui.internal.Messages;
import org.hashiya.ui.internal.editor.SuggesterTraining;
import org.hashiya.ui.internal.labels.ModelReportDialog;

/**
 * Shows how well the suggestion model does on the annotator's finished articles (cross-validation,
 * per label), training it first when the finished work changed since.
 */
public final class ModelReportHandler extends ArticleEditorHandler {

	@Override
	void run(ArticleEditor editor, ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		ProjectFolder project = editor.getProject();
		Annotator annotator = project.annotator(editor.getShownAnnotator());
		long finished = project.project().getArticles().stream()
				.filter(article -> project.status(article, annotator) == AnnotationStatus.FINISHED).count();
		if (finished < 2) {
			MessageDialog.openInformation(shell, Messages.ModelReport_title, NLS.bind(Messages.ModelReport_tooFew, annotator.getName(), finished));
			return;
		}
		Optional<SpanScores> scores = SuggesterTraining.scores(project, annotator);
		if (scores.isPresent()) {
			new ModelReportDialog(shell, annotator.getName(), finished, scores.get()).open();
			return;
		}
		SuggesterTraining.train(project, annotator).addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent done) {
				if (done.getResult().isOK()) {
					shell.getDisplay().asyncExec(() -> SuggesterTraining.scores(project, annotator)
							.ifPresent(trained -> new ModelReportDialog(shell, annotator.getName(), finished, trained).open()));
				}
			}
		});
	}
}
