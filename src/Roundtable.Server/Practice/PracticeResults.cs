using Microsoft.AspNetCore.Http.HttpResults;

namespace Roundtable.Server.Practice;

/// <summary>The Practice API's answers: enveloped successes and ProblemDetails failures.</summary>
public static class PracticeResults
{
    public static Ok<PracticeEnvelope<T>> Ok<T>(T data) => TypedResults.Ok(new PracticeEnvelope<T>(data));

    public static Created<PracticeEnvelope<T>> Created<T>(string location, T data) => TypedResults.Created(location, new PracticeEnvelope<T>(data));

    public static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem(title: "Not found", detail: $"There is no {what} with that id in this workspace.", statusCode: StatusCodes.Status404NotFound);

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(title: "Conflict", detail: detail, statusCode: StatusCodes.Status409Conflict);

    public static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    public static ProblemHttpResult TooLarge(string detail) =>
        TypedResults.Problem(title: "Payload too large", detail: detail, statusCode: StatusCodes.Status413PayloadTooLarge);

    public static ProblemHttpResult Unprocessable(string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: StatusCodes.Status422UnprocessableEntity);
}
