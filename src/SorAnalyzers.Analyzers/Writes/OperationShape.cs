using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SorAnalyzers.Analyzers.Writes;

/// <summary>The few ways the compiler wraps an operation that the write checks look through, in one place.</summary>
internal static class OperationShape
{
    /// <summary>
    /// A write's target as written. A write to a member with no setter (a view's field that its system does not own)
    /// is CS0200, and the compiler wraps the target in an invalid operation; it is still a write against the model,
    /// checked like any other, so the SOR error says whose field it is and which flow delivers it.
    /// </summary>
    public static IOperation WriteTarget(IOperation target)
        => target.Kind == OperationKind.Invalid && target.ChildOperations.Count == 1 ? target.ChildOperations.First() : target;

    /// <summary>
    /// The member a property (or indexer) or field reference names, and its receiver (null when static); false for
    /// any other operation. By kind, and one cast: every write and every [SorWrites] argument passes here.
    /// </summary>
    public static bool MemberReference(IOperation operation, out ISymbol? member, out IOperation? instance)
    {
        switch (operation.Kind)
        {
            case OperationKind.PropertyReference:
                var property = (IPropertyReferenceOperation)operation;
                member = property.Property;
                instance = property.Instance;
                return true;
            case OperationKind.FieldReference:
                var field = (IFieldReferenceOperation)operation;
                member = field.Field;
                instance = field.Instance;
                return true;
            default:
                member = null;
                instance = null;
                return false;
        }
    }

    /// <summary>The value under its conversions, implicit or explicit.</summary>
    public static IOperation? WithoutConversions(IOperation? operation)
    {
        // By kind: a type test against an interface costs more, and every write and argument passes here.
        while (operation is not null && operation.Kind == OperationKind.Conversion)
        {
            operation = ((IConversionOperation)operation).Operand;
        }

        return operation;
    }
}
