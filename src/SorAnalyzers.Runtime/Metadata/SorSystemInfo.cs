using System;

namespace SorAnalyzers;

/// <summary>Metadata of one system of the ownership model, as declared under <c>systems</c>.</summary>
public sealed class SorSystemInfo
{
    /// <summary>Creates the metadata of a system.</summary>
    /// <param name="id">The system id (<c>"crm"</c>).</param>
    /// <param name="title">The human-readable name, if declared.</param>
    /// <param name="businessOwner">Who answers for the data on the business side, if declared.</param>
    /// <param name="technicalOwner">Who answers for the system technically, if declared.</param>
    /// <param name="description">A description, if declared.</param>
    /// <param name="isReadOnly">Whether the system only receives copies and owns nothing (a BI layer).</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null or empty.</exception>
    public SorSystemInfo(
        string id,
        string? title,
        string? businessOwner,
        string? technicalOwner,
        string? description,
        bool isReadOnly)
    {
        if (string.IsNullOrEmpty(id))
        {
            throw new ArgumentException("A system id must not be null or empty.", nameof(id));
        }

        Id = id;
        Title = title;
        BusinessOwner = businessOwner;
        TechnicalOwner = technicalOwner;
        Description = description;
        IsReadOnly = isReadOnly;
    }

    /// <summary>The system id (<c>"crm"</c>).</summary>
    public string Id { get; }

    /// <summary>The human-readable name, or <see langword="null"/>.</summary>
    public string? Title { get; }

    /// <summary>Who answers for the data on the business side, or <see langword="null"/>.</summary>
    public string? BusinessOwner { get; }

    /// <summary>Who answers for the system technically, or <see langword="null"/>.</summary>
    public string? TechnicalOwner { get; }

    /// <summary>The description, or <see langword="null"/>.</summary>
    public string? Description { get; }

    /// <summary>Whether the system only receives copies and owns nothing (a BI layer).</summary>
    public bool IsReadOnly { get; }

    /// <summary>Returns the system id.</summary>
    /// <returns><see cref="Id"/>.</returns>
    public override string ToString() => Id;
}
