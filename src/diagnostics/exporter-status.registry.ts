import { Injectable } from '@nestjs/common';
import { ExporterStatus, type ExporterStatusSnapshot } from './exporter-status';

/** The status of every exporter of this app (spans, metrics, each event exporter). One per app. */
@Injectable()
export class ExporterStatusRegistry {
  private readonly statuses = new Map<string, ExporterStatus>();

  /** The status named `name`, created on first use. */
  get(name: string): ExporterStatus {
    let status = this.statuses.get(name);
    if (!status) {
      status = new ExporterStatus(name);
      this.statuses.set(name, status);
    }
    return status;
  }

  snapshots(): ExporterStatusSnapshot[] {
    return [...this.statuses.values()].map((s) => s.snapshot());
  }
}
