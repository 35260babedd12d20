"""review-records command line (placeholder until the commands land)."""
import typer

app = typer.Typer(name="review-records", no_args_is_help=True)

if __name__ == "__main__":
    app()
