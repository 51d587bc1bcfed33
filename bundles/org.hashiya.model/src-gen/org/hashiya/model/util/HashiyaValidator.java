/**
 */
package org.hashiya.model.util;

import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

import org.hashiya.model.*;

import org.hashiya.model.validation.TextRegionRules;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.hashiya.model.HashiyaPackage
 * @generated
 */
public class HashiyaValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final HashiyaValidator INSTANCE = new HashiyaValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.hashiya.model";

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 0;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HashiyaValidator() {
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return HashiyaPackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case HashiyaPackage.ANNOTATION_PROJECT:
				return validateAnnotationProject((AnnotationProject)value, diagnostics, context);
			case HashiyaPackage.ARTICLE:
				return validateArticle((Article)value, diagnostics, context);
			case HashiyaPackage.LABEL_SET:
				return validateLabelSet((LabelSet)value, diagnostics, context);
			case HashiyaPackage.LABEL:
				return validateLabel((Label)value, diagnostics, context);
			case HashiyaPackage.ANNOTATOR:
				return validateAnnotator((Annotator)value, diagnostics, context);
			case HashiyaPackage.ANNOTATION_SET:
				return validateAnnotationSet((AnnotationSet)value, diagnostics, context);
			case HashiyaPackage.TEXT_REGION:
				return validateTextRegion((TextRegion)value, diagnostics, context);
			case HashiyaPackage.SPAN:
				return validateSpan((Span)value, diagnostics, context);
			case HashiyaPackage.SUGGESTION:
				return validateSuggestion((Suggestion)value, diagnostics, context);
			case HashiyaPackage.ANNOTATION_STATUS:
				return validateAnnotationStatus((AnnotationStatus)value, diagnostics, context);
			case HashiyaPackage.SPAN_ORIGIN:
				return validateSpanOrigin((SpanOrigin)value, diagnostics, context);
			case HashiyaPackage.SUGGESTION_STATE:
				return validateSuggestionState((SuggestionState)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAnnotationProject(AnnotationProject annotationProject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(annotationProject, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateArticle(Article article, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(article, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLabelSet(LabelSet labelSet, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(labelSet, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLabel(Label label, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(label, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAnnotator(Annotator annotator, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(annotator, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAnnotationSet(AnnotationSet annotationSet, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(annotationSet, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTextRegion(TextRegion textRegion, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(textRegion, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(textRegion, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(textRegion, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(textRegion, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(textRegion, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(textRegion, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(textRegion, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(textRegion, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(textRegion, diagnostics, context);
		if (result || diagnostics != null) result &= validateTextRegion_beginBeforeEnd(textRegion, diagnostics, context);
		if (result || diagnostics != null) result &= validateTextRegion_withinText(textRegion, diagnostics, context);
		if (result || diagnostics != null) result &= validateTextRegion_labelInProjectLabelSet(textRegion, diagnostics, context);
		return result;
	}

	/**
	 * Validates the beginBeforeEnd constraint of '<em>Text Region</em>'.
	 * <!-- begin-user-doc -->
	 * The rule is {@link TextRegionRules#beginBeforeEnd}, hand-written outside the generated code.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateTextRegion_beginBeforeEnd(TextRegion textRegion, DiagnosticChain diagnostics, Map<Object, Object> context) {
		TextRegionRules.Violation violation = TextRegionRules.beginBeforeEnd(textRegion, getResourceLocator());
		if (violation != null) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 violation.code(),
						 violation.messageKey(),
						 violation.substitutions(),
						 violation.data(),
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the withinText constraint of '<em>Text Region</em>'.
	 * <!-- begin-user-doc -->
	 * The rule is {@link TextRegionRules#withinText}, hand-written outside the generated code.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateTextRegion_withinText(TextRegion textRegion, DiagnosticChain diagnostics, Map<Object, Object> context) {
		TextRegionRules.Violation violation = TextRegionRules.withinText(textRegion, getResourceLocator());
		if (violation != null) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 violation.code(),
						 violation.messageKey(),
						 violation.substitutions(),
						 violation.data(),
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the labelInProjectLabelSet constraint of '<em>Text Region</em>'.
	 * <!-- begin-user-doc -->
	 * The rule is {@link TextRegionRules#labelInProjectLabelSet}, hand-written outside the generated code.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateTextRegion_labelInProjectLabelSet(TextRegion textRegion, DiagnosticChain diagnostics, Map<Object, Object> context) {
		TextRegionRules.Violation violation = TextRegionRules.labelInProjectLabelSet(textRegion, getResourceLocator());
		if (violation != null) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 violation.code(),
						 violation.messageKey(),
						 violation.substitutions(),
						 violation.data(),
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSpan(Span span, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(span, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(span, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(span, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(span, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(span, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(span, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(span, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(span, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(span, diagnostics, context);
		if (result || diagnostics != null) result &= validateTextRegion_beginBeforeEnd(span, diagnostics, context);
		if (result || diagnostics != null) result &= validateTextRegion_withinText(span, diagnostics, context);
		if (result || diagnostics != null) result &= validateTextRegion_labelInProjectLabelSet(span, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSuggestion(Suggestion suggestion, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(suggestion, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(suggestion, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(suggestion, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(suggestion, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(suggestion, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(suggestion, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(suggestion, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(suggestion, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(suggestion, diagnostics, context);
		if (result || diagnostics != null) result &= validateTextRegion_beginBeforeEnd(suggestion, diagnostics, context);
		if (result || diagnostics != null) result &= validateTextRegion_withinText(suggestion, diagnostics, context);
		if (result || diagnostics != null) result &= validateTextRegion_labelInProjectLabelSet(suggestion, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAnnotationStatus(AnnotationStatus annotationStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSpanOrigin(SpanOrigin spanOrigin, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSuggestionState(SuggestionState suggestionState, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * The messages of the constraints are in this bundle's plugin.properties. EMF generates no plugin class for a
	 * model without one named in the genmodel, so {@link HashiyaPlugin} is hand-written.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return HashiyaPlugin.INSTANCE;
	}

} //HashiyaValidator
