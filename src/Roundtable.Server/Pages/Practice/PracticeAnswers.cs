using Microsoft.AspNetCore.Http.HttpResults;
using Roundtable.Server.Practice;

namespace Roundtable.Server.Pages.Practice;

/// <summary>
/// The pages show what the Practice API answers: they call its handlers with the workspace's user and
/// read the envelope here, so a page and a script calling the API can never disagree.
/// </summary>
public static class PracticeAnswers
{
    /// <summary>The data of a success, or default for a problem (not found, conflict).</summary>
    public static T? DataOf<T>(IResult result) where T : class =>
        result is Ok<PracticeEnvelope<T>> { Value: { } envelope } ? envelope.Data : null;

    /// <summary>The detail of a problem answer, or null for a success.</summary>
    public static string? ProblemOf(IResult result) =>
        result is ProblemHttpResult problem ? problem.ProblemDetails.Detail ?? problem.ProblemDetails.Title : null;
}
