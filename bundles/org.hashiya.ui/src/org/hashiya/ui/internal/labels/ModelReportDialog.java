package org.hashiya.ui.internal.labels;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.hashiya.uima.suggest.SpanScores;
import org.hashiya.ui.internal.Messages;

/** The cross-validation scores of the suggestion model, per label, as a table in a fixed-width font. */
public final class ModelReportDialog extends Dialog {

	private final String annotator;
	private final long finished;
	private final SpanScores scores;

	public ModelReportDialog(Shell parent, String annotator, long finished, SpanScores scores) {
		super(parent);
		this.annotator = annotator;
		this.finished = finished;
		this.scores = scores;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.ModelReport_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label intro = new Label(area, SWT.WRAP);
		intro.setText(NLS.bind(Messages.ModelReport_intro, annotator, finished));
		GridDataFactory.fillDefaults().hint(480, SWT.DEFAULT).applyTo(intro);
		Text table = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER);
		table.setFont(JFaceResources.getTextFont());
		table.setText(scores.toString());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}
}
