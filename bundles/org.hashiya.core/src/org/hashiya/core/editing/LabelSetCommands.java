package org.hashiya.core.editing;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.hashiya.model.AnnotationProject;
import org.hashiya.model.HashiyaFactory;
import org.hashiya.model.HashiyaPackage.Literals;
import org.hashiya.model.Label;
import org.hashiya.model.LabelSet;
import org.hashiya.model.Span;
import org.hashiya.model.TextRegion;

/**
 * Changes to a project's labels, as EMF commands. Names and hotkeys are checked against every label
 * of the project, because spans are stored by label name and hotkeys apply labels.
 */
public final class LabelSetCommands {

	/** Names go into tab-separated files and CoNLL tags, so no whitespace. */
	private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_.-]*");
	private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

	private final EditingDomain domain;
	private final AnnotationProject project;

	public LabelSetCommands(EditingDomain domain, AnnotationProject project) {
		this.domain = Objects.requireNonNull(domain);
		this.project = Objects.requireNonNull(project);
	}

	/** @return a command adding a label to {@code labelSet}; its result is the new label */
	public Command add(LabelSet labelSet, String name, String colour, String hotkey, String description) {
		checkName(name, null);
		checkColour(colour);
		String key = checkHotkey(hotkey, null);
		Label label = HashiyaFactory.eINSTANCE.createLabel();
		label.setName(name);
		label.setColour(colour.toUpperCase(Locale.ROOT));
		label.setHotkey(key);
		label.setDescription(description == null || description.isBlank() ? null : description.strip());
		return AddCommand.create(domain, labelSet, Literals.LABEL_SET__LABELS, label);
	}

	public Command rename(Label label, String name) {
		checkName(name, label);
		return SetCommand.create(domain, label, Literals.LABEL__NAME, name);
	}

	public Command setColour(Label label, String colour) {
		checkColour(colour);
		return SetCommand.create(domain, label, Literals.LABEL__COLOUR, colour.toUpperCase(Locale.ROOT));
	}

	/** @return a command setting the label's hotkey; a blank hotkey removes it */
	public Command setHotkey(Label label, String hotkey) {
		return SetCommand.create(domain, label, Literals.LABEL__HOTKEY, checkHotkey(hotkey, label));
	}

	public Command setDescription(Label label, String description) {
		return SetCommand.create(domain, label, Literals.LABEL__DESCRIPTION, description == null || description.isBlank() ? null : description.strip());
	}

	/** @return how many spans of all annotators and articles carry {@code label} */
	public long spansUsing(Label label) {
		return regionsUsing(label).filter(Span.class::isInstance).count();
	}

	/**
	 * @param replacement the label the spans and suggestions of {@code label} get, or {@code null}
	 *                    when no span uses it (its suggestions are then deleted)
	 * @throws LabelInUseException if spans use the label and there is no replacement
	 */
	public Command delete(Label label, Label replacement) {
		long spans = spansUsing(label);
		if (replacement == null && spans > 0) {
			throw new LabelInUseException(label, spans);
		}
		if (replacement == label) {
			throw new IllegalArgumentException("A label cannot replace itself");
		}
		List<TextRegion> regions = regionsUsing(label).toList();
		CompoundCommand compound = new CompoundCommand("Delete label " + label.getName());
		if (replacement != null) {
			regions.forEach(region -> compound.append(SetCommand.create(domain, region, Literals.TEXT_REGION__LABEL, replacement)));
		} else {
			regions.forEach(region -> compound.append(RemoveCommand.create(domain, region.eContainer(), region.eContainmentFeature(), region)));
		}
		compound.append(RemoveCommand.create(domain, label.eContainer(), Literals.LABEL_SET__LABELS, label));
		return compound;
	}

	private Stream<TextRegion> regionsUsing(Label label) {
		return project.getArticles().stream()
				.flatMap(article -> article.getAnnotationSets().stream())
				.flatMap(set -> Stream.concat(set.getSpans().stream(), set.getSuggestions().stream()))
				.filter(region -> region.getLabel() == label);
	}

	private Stream<Label> labels() {
		return project.getLabelSets().stream().flatMap(labelSet -> labelSet.getLabels().stream());
	}

	private void checkName(String name, Label renamed) {
		if (name == null || !NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("'" + name + "' cannot name a label: use letters, digits, '_', '.' and '-', starting with a letter or digit");
		}
		if (labels().anyMatch(other -> other != renamed && other.getName().equals(name))) {
			throw new IllegalArgumentException("The project already has a label named " + name);
		}
	}

	private static void checkColour(String colour) {
		if (colour == null || !COLOUR.matcher(colour).matches()) {
			throw new IllegalArgumentException("'" + colour + "' is not a colour: write it as #RRGGBB");
		}
	}

	private String checkHotkey(String hotkey, Label changed) {
		if (hotkey == null || hotkey.isBlank()) {
			return null;
		}
		String key = hotkey.strip().toLowerCase(Locale.ROOT);
		if (key.codePointCount(0, key.length()) != 1 || !Character.isLetter(key.codePointAt(0))) {
			throw new IllegalArgumentException("'" + hotkey + "' cannot be a hotkey: use one letter (the digits 1–9 apply the labels in their order)");
		}
		labels().filter(other -> other != changed && key.equals(other.getHotkey())).findFirst().ifPresent(other -> {
			throw new IllegalArgumentException("The hotkey " + key + " already applies the label " + other.getName());
		});
		return key;
	}
}
