using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Roundtable.Server.Pages;

/// <summary>
/// Any address no other endpoint matches (the route is a catch-all, so it ranks last): the 404 page.
/// API and hub addresses get a bare 404, which the status-code middleware turns into ProblemDetails.
/// </summary>
public sealed class NotFoundModel : PageModel
{
    private static readonly string[] MachinePrefixes = ["api/", "hubs/", "v1/", "health", "openapi"];

    public IActionResult OnGet(string? path)
    {
        if (path is not null && MachinePrefixes.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
        {
            return NotFound();
        }

        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
