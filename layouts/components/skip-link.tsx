export interface SkipLinkProps {
  readonly target: string;
}

export function SkipLink({ target }: SkipLinkProps) {
  return (
    <a class="sn-skip-link" href={`#${target}`}>
      Skip to main content
    </a>
  );
}
